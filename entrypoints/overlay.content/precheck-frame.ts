import type { FileAnalysis } from '@/lib/precheck/analyze-file';
import { CONNECT_TYPE, type FrameConnect, REQUEST_TIMEOUT_MS, SHRINK_TIMEOUT_MS } from '@/lib/precheck/frame-protocol';
import type { SiteRules } from '@/lib/precheck/limits';
import type { PrecheckRow } from '@/lib/precheck/row';
import { SHRINK_REQUEST_TYPE, ShrinkReply, type ShrinkRequest, type SmallerCopy } from '@/lib/precheck/smaller-copy';
import type { WorkerReply } from '@/lib/precheck/watched-worker';
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
  settle: (reply: WorkerReply) => void;
}

/**
 * Embeds the hidden pre-check frame (see entrypoints/precheck-frame/main.ts)
 * in the overlay's shadow root and connects to its worker over a private
 * MessageChannel, proving itself with the random token put in the frame's
 * URL (lib/precheck/frame-protocol.ts). Picked files are handed over as File objects (the page's main thread
 * never reads their bytes), one at a time, each with a time limit: a file
 * nobody answers for is reported as not checked and the next goes on.
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
  let current: Pending | null = null;
  let port: MessagePort | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pump = () => {
    if (current || !port) return;
    const next = queue.shift();
    if (!next) return;
    current = next;
    port.postMessage(next.request);
    timer = setTimeout(() => settle({ id: next.id, ok: false, error: 'timeout' }), next.timeoutMs);
  };
  const settle = (reply: WorkerReply) => {
    if (!current || reply.id !== current.id) return;
    clearTimeout(timer);
    const done = current;
    current = null;
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
   * each arrival of the extension page gets a new channel, with the file in
   * hand sent again to its fresh worker.
   */
  const connect = () => {
    port?.close();
    const channel = new MessageChannel();
    port = channel.port1;
    port.onmessage = (event: MessageEvent<WorkerReply>) => settle(event.data);
    const hello: FrameConnect = { type: CONNECT_TYPE, token };
    // The per-session URL redirects to the extension's own origin: that is where the frame's document lives.
    frame.contentWindow?.postMessage(hello, `chrome-extension://${browser.runtime.id}`, [channel.port2]);
    if (!current) return pump();
    port.postMessage(current.request);
    // The fresh frame starts its worker first: the file gets its full time again, once (a page that keeps moving the frame cannot hold it forever).
    if (current.resent) return;
    current.resent = true;
    const again = current;
    clearTimeout(timer);
    timer = setTimeout(() => settle({ id: again.id, ok: false, error: 'timeout' }), again.timeoutMs);
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
      clearTimeout(timer);
      for (const left of [...(current ? [current] : []), ...queue.splice(0)]) left.settle({ id: left.id, ok: false, error: 'disposed' });
      current = null;
      port?.close();
      frame.remove();
    },
  };
}
