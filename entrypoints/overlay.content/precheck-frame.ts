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
  const loaded = new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => {
      // The first load may be the empty document the frame starts with (still readable from here).
      if (!isReadable(frame)) resolve();
    });
    setTimeout(() => reject(new Error('precheck-frame-load-timeout')), FRAME_LOAD_TIMEOUT_MS);
  });
  // Navigated rather than given a `src`: the URL, token included, never appears in the DOM the page can read.
  frame.contentWindow?.location.replace(`${src}#${token}`);
  await loaded;
  const channel = new MessageChannel();
  const connect: FrameConnect = { type: CONNECT_TYPE, token };
  // The per-session URL redirects to the extension's own origin: that is where the frame's document lives.
  frame.contentWindow?.postMessage(connect, `chrome-extension://${browser.runtime.id}`, [channel.port2]);

  const queue: Pending[] = [];
  let current: Pending | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pump = () => {
    if (current) return;
    const next = queue.shift();
    if (!next) return;
    current = next;
    channel.port1.postMessage(next.request);
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
  channel.port1.onmessage = (event: MessageEvent<WorkerReply>) => settle(event.data);

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
      channel.port1.close();
      frame.remove();
    },
  };
}
