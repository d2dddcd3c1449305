import { describe, expect, it } from 'vitest';
import type { WatchedWorker, WorkerReply } from '../../lib/precheck/watched-worker';
import { MAX_PARALLEL_FILES, parallelFiles, workerPool } from '../../lib/precheck/worker-pool';

/** Watched workers the test answers for: each records the ids it was handed. */
function setup(size: number) {
  const workers: { ids: number[]; closed: boolean; warmed: boolean; answer: (id: number) => void }[] = [];
  const replies: number[] = [];
  const pool = workerPool(
    size,
    (onReply: (reply: WorkerReply) => void): WatchedWorker => {
      const worker = { ids: [] as number[], closed: false, warmed: false, answer: (id: number) => onReply({ id, ok: false, error: 'timeout' }) };
      workers.push(worker);
      return {
        check: (id) => worker.ids.push(id),
        warm: () => {
          worker.warmed = true;
        },
        close: () => {
          worker.closed = true;
        },
      };
    },
    (reply) => replies.push(reply.id),
  );
  return { pool, workers, replies };
}

describe('pre-check worker pool', () => {
  it('checks two files at once, each in a worker of its own', () => {
    const { pool, workers } = setup(2);
    pool.check(1, { id: 1 });
    pool.check(2, { id: 2 });
    expect(workers.map((w) => w.ids)).toEqual([[1], [2]]);
  });

  it('gives the next file to the worker that is free, never behind a file that stalls', () => {
    const { pool, workers, replies } = setup(2);
    pool.check(1, { id: 1 }); // stalls in the first worker
    pool.check(2, { id: 2 });
    workers[1]?.answer(2);
    pool.check(3, { id: 3 });
    workers[1]?.answer(3);
    pool.check(4, { id: 4 });
    expect(workers.map((w) => w.ids)).toEqual([[1], [2, 3, 4]]);
    expect(replies).toEqual([2, 3]);
    // The stalled one's watchdog answers (timeout): its worker takes files again.
    workers[0]?.answer(1);
    pool.check(5, { id: 5 });
    expect(workers[0]?.ids).toEqual([1, 5]);
  });

  it('starts no more workers than its size, queueing on the least busy', () => {
    const { pool, workers } = setup(2);
    for (const id of [1, 2, 3, 4]) pool.check(id, { id });
    expect(workers).toHaveLength(2);
    expect(workers.map((w) => w.ids)).toEqual([
      [1, 3],
      [2, 4],
    ]);
  });

  it('warming starts one worker ahead of any file, which then takes the first file', () => {
    const { pool, workers } = setup(2);
    pool.warm();
    expect(workers.map((w) => w.warmed)).toEqual([true]);
    pool.check(1, { id: 1 });
    pool.check(2, { id: 2 });
    expect(workers.map((w) => w.ids)).toEqual([[1], [2]]);
  });

  it('one worker on a single core, two at most on many; close ends them all', () => {
    expect(parallelFiles(1)).toBe(1);
    expect(parallelFiles(undefined)).toBe(1);
    expect(parallelFiles(2)).toBe(2);
    expect(parallelFiles(16)).toBe(MAX_PARALLEL_FILES);
    const { pool, workers } = setup(2);
    pool.check(1, { id: 1 });
    pool.check(2, { id: 2 });
    pool.close();
    expect(workers.every((w) => w.closed)).toBe(true);
  });
});
