import type { ShrinkReply } from './smaller-copy';
import type { PrecheckReply } from './worker';

/** What the worker answers: a file's checks, or a smaller copy (the watchdog's failures fit both). */
export type WorkerReply = PrecheckReply | ShrinkReply;

/** What the watchdog needs of a worker: the browser's Worker fits. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** The worker posts this once its code is loaded: the watchdog times the check, not the start-up. */
export const WORKER_READY = 'dvc-precheck/ready';

export interface WatchedWorker {
  /** Queues one file's request (it carries the file's `id`); its reply comes through `onReply`. `timeoutMs` overrides the watchdog's for this request. */
  check(id: number, request: unknown, timeoutMs?: number): void;
  /** Starts the worker now, if none runs, so that the first file does not wait for it to load. */
  warm(): void;
  /** Ends the worker and drops what is queued. */
  close(): void;
}

/**
 * Hands files to a worker one at a time, with a watchdog: a file the worker
 * has not answered for within `timeoutMs` (a file crafted to stall a
 * decoder, a machine out of memory) gets a `timeout` reply, the worker is
 * ended and a fresh one started, and the next file goes on. A worker that
 * dies gives `crashed` for the file it held. One bad file costs one file's
 * result, never the later ones'.
 */
export function watchedWorker(start: () => WorkerLike, timeoutMs: number, onReply: (reply: WorkerReply) => void): WatchedWorker {
  const queue: { id: number; request: unknown; timeoutMs: number }[] = [];
  let worker: WorkerLike | null = null;
  let ready = false;
  let current: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const pump = () => {
    if (!worker) launch();
    const next = ready && current === null ? queue.shift() : undefined;
    if (!next || !worker) return;
    current = next.id;
    worker.postMessage(next.request);
    timer = setTimeout(() => fail('timeout'), next.timeoutMs);
  };
  const fail = (error: 'timeout' | 'crashed') => {
    clearTimeout(timer);
    worker?.terminate();
    worker = null;
    ready = false;
    const id = current;
    current = null;
    if (id !== null) onReply({ id, ok: false, error });
    // A worker that dies before it is ready would die again: report what waits rather than loop.
    else for (const waiting of queue.splice(0)) onReply({ id: waiting.id, ok: false, error });
    if (queue.length) pump();
  };
  const launch = () => {
    const w = start();
    worker = w;
    w.onmessage = ({ data }) => {
      if (w !== worker) return;
      if (data === WORKER_READY) ready = true;
      else if (current !== null && (data as { id?: unknown } | null)?.id === current) {
        clearTimeout(timer);
        current = null;
        onReply(data as WorkerReply);
      }
      pump();
    };
    w.onerror = () => {
      if (w === worker) fail('crashed');
    };
  };

  return {
    check(id, request, ms = timeoutMs) {
      queue.push({ id, request, timeoutMs: ms });
      pump();
    },
    warm: pump,
    close() {
      clearTimeout(timer);
      queue.length = 0;
      worker?.terminate();
      worker = null;
    },
  };
}
