import type { WatchedWorker, WorkerReply } from './watched-worker';

/**
 * At most this many files are checked at once: one per core on the
 * two-core machines the counters have, so reading one file overlaps
 * decoding another. Each file still has a worker of its own under its own
 * watchdog (watched-worker.ts): a stalled file holds one worker, never the
 * other.
 */
export const MAX_PARALLEL_FILES = 2;

/** How many files to check at once on this machine (`navigator.hardwareConcurrency`, when the browser tells). */
export const parallelFiles = (cores: number | undefined) => Math.max(1, Math.min(MAX_PARALLEL_FILES, cores || 1));

export interface WorkerPool {
  /** Hands a request to an idle worker, starting one if fewer than `size` run, else to the least busy. */
  check(id: number, request: unknown, timeoutMs?: number): void;
  /** Starts the first worker ahead of any file (the others start as files come). */
  warm(): void;
  close(): void;
}

/** Several watched workers behind one `check`; replies come back through `onReply`, in the order they finish. */
export function workerPool(size: number, start: (onReply: (reply: WorkerReply) => void) => WatchedWorker, onReply: (reply: WorkerReply) => void): WorkerPool {
  const slots: { worker: WatchedWorker; busy: number }[] = [];
  const open = () => {
    const slot = {
      busy: 0,
      worker: start((reply) => {
        slot.busy--;
        onReply(reply);
      }),
    };
    slots.push(slot);
    return slot;
  };
  return {
    check(id, request, timeoutMs) {
      const idle = slots.find((s) => s.busy === 0);
      const slot = idle ?? (slots.length < size ? open() : slots.reduce((a, b) => (b.busy < a.busy ? b : a)));
      slot.busy++;
      slot.worker.check(id, request, timeoutMs);
    },
    warm() {
      (slots[0] ?? open()).worker.warm();
    },
    close() {
      for (const slot of slots.splice(0)) slot.worker.close();
    },
  };
}
