import type { FileAnalysis } from '@/lib/precheck/analyze-file';
import { CONNECT_TYPE, type FrameConnect, REQUEST_TIMEOUT_MS, SHRINK_TIMEOUT_MS } from '@/lib/precheck/frame-protocol';
import type { SiteRules } from '@/lib/precheck/limits';
import type { PrecheckRow } from '@/lib/precheck/row';
import { SHRINK_REQUEST_TYPE, ShrinkReply, type ShrinkRequest, type SmallerCopy } from '@/lib/precheck/smaller-copy';
import type { WorkerReply } from '@/lib/precheck/watched-worker';
import { parallelFiles } from '@/lib/precheck/worker-pool';
import type { Lang } from '@/lib/i18n';

export interface PrecheckClient {
  check(file: File, row: PrecheckRow | null): Promise<FileAnalysis>;
  /** A smaller copy of the file, made by the frame's worker; rejects with the reason none could be made. */
  shrink(file: File): Promise<SmallerCopy>;
  /** Removes the frame (and the worker with it); checks not answered yet fail. */
  dispose(): void;
}

/** A frame that has not loaded by then (a starved or broken extension process) is given up. */
const FRAME_LOAD_TIMEOUT_MS = 30_000;

/** A frame's document is readable from here only while it is the empty one it starts with, before the extension page. */
function isReadable(frame: HTMLIFrameElement): boolean {
  try {
    return frame.contentWindow?.location.href !== undefined;
  } catch {
    return false;
  }
}

interface Pending {
  id: number;
  request: unknown;
  timeoutMs: number;
  /** Sent again to a reloaded frame (see connect). */
  resent?: boolean;
  timer?: ReturnType<typeof setTimeout>;
  settle: (reply: WorkerReply) => void;
}

/**
 * Embeds the hidden pre-check frame (see entrypoints/precheck-frame/main.ts)
 * in the overlay's shadow root and connects to its worker over a private
 * MessageChannel, proving itself with the random token put in the frame's
 * URL (lib/precheck/frame-protocol.ts). Picked files are handed over as File objects (the page's main thread
 * never reads their bytes), as many at a time as the frame has workers
 * (lib/precheck/worker-pool.ts), each with a time limit: a file nobody
 * answers for is reported as not checked and the next goes on.
 */
export async function connectPrecheckFrame(parent: Element, site: SiteRules['site'], lang: Lang): Promise<PrecheckClient> {
  const token = crypto.randomUUID();
  const src = browser.runtime.getURL('/precheck-frame.html');
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  parent.append(frame);

  const queue: Pending[] = [];
  const inFlight: Pending[] = [];
  const parallel = parallelFiles(navigator.hardwareConcurrency);
  let port: MessagePort | null = null;
  const watch = (pending: Pending) => {
    clearTimeout(pending.timer);
    pending.timer = setTimeout(() => settle({ id: pending.id, ok: false, error: 'timeout' }), pending.timeoutMs);
  };
  const pump = () => {
    while (port && inFlight.length < parallel) {
      const next = queue.shift();
      if (!next) return;
      inFlight.push(next);
      port.postMessage(next.request);
      watch(next);
    }
  };
  const settle = (reply: WorkerReply) => {
    const at = inFlight.findIndex((p) => p.id === reply.id);
    if (at < 0) return;
    const [done] = inFlight.splice(at, 1) as [Pending];
    clearTimeout(done.timer);
    done.settle(reply);
    pump();
  };
  // Navigated rather than given a `src`: the URL, token included, never appears in the DOM the page can read.
  const open = () => frame.contentWindow?.location.replace(`${src}#${token}`);
  /**
   * A frame taken out of the document and put back (the page re-appending
   * the overlay's host after its own toast, say) starts over as an empty
   * document: the extension page, its worker and the port it was given are
   * gone, and whatever was posted on that port is lost. So each load is
   * watched: an empty document is sent to the extension page again, and
   * each arrival of the extension page gets a new channel, with the files in
   * hand sent again to its fresh workers.
   */
  const connect = () => {
    port?.close();
    const channel = new MessageChannel();
    port = channel.port1;
    port.onmessage = (event: MessageEvent<WorkerReply>) => settle(event.data);
    const hello: FrameConnect = { type: CONNECT_TYPE, token };
    // The per-session URL redirects to the extension's own origin: that is where the frame's document lives.
    frame.contentWindow?.postMessage(hello, `chrome-extension://${browser.runtime.id}`, [channel.port2]);
    for (const again of inFlight) {
      port.postMessage(again.request);
      // The fresh frame starts its workers first: the file gets its full time again, once (a page that keeps moving the frame cannot hold it forever).
      if (again.resent) continue;
      again.resent = true;
      watch(again);
    }
    pump();
  };
  const loaded = new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => {
      // An empty document is readable from here: the one the frame starts with, or the one a move leaves.
      if (isReadable(frame)) return void open();
      connect();
      resolve();
    });
    setTimeout(() => reject(new Error('precheck-frame-load-timeout')), FRAME_LOAD_TIMEOUT_MS);
  });
  open();
  await loaded;

  let nextId = 1;
  const send = (request: { id: number } & Record<string, unknown>, timeoutMs: number) =>
    new Promise<WorkerReply>((resolve) => {
      queue.push({ id: request.id, request, timeoutMs, settle: resolve });
      pump();
    });
  return {
    async check(file, row) {
      const reply = await send({ id: nextId++, file, row, site, lang }, REQUEST_TIMEOUT_MS);
      if (!reply.ok) throw new Error(reply.error);
      if (!('analysis' in reply)) throw new Error('invalid-reply');
      return reply.analysis;
    },
    async shrink(file) {
      const request: ShrinkRequest = { type: SHRINK_REQUEST_TYPE, id: nextId++, file, site };
      // The copy comes back to the page's process: checked like any message before it is offered for saving.
      const reply = ShrinkReply.safeParse(await send(request, SHRINK_TIMEOUT_MS));
      if (!reply.success) throw new Error('invalid-reply');
      if (!reply.data.ok) throw new Error(reply.data.error);
      return reply.data.copy;
    },
    dispose() {
      for (const left of [...inFlight.splice(0), ...queue.splice(0)]) {
        clearTimeout(left.timer);
        left.settle({ id: left.id, ok: false, error: 'disposed' });
      }
      port?.close();
      frame.remove();
    },
  };
}
