import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WORKER_READY, type WorkerLike, type WorkerReply, watchedWorker } from '../../lib/precheck/watched-worker';

/** A worker the test drives: it records what it is sent and answers when told. */
class FakeWorker implements WorkerLike {
  readonly received: unknown[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: unknown) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  send(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
  answer(id: number) {
    this.send({ id, ok: true, analysis: { name: `f${id}` } });
  }
}

const TIMEOUT = 5000;

function setup() {
  const workers: FakeWorker[] = [];
  const replies: WorkerReply[] = [];
  const watched = watchedWorker(
    () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    TIMEOUT,
    (reply) => replies.push(reply),
  );
  return { workers, replies, watched, worker: (i: number) => workers[i] as FakeWorker };
}

describe('watched pre-check worker', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('hands files over one at a time, once the worker is ready', () => {
    const { worker, replies, watched } = setup();
    watched.check(1, { id: 1 });
    watched.check(2, { id: 2 });
    expect(worker(0).received).toEqual([]);
    worker(0).send(WORKER_READY);
    expect(worker(0).received).toEqual([{ id: 1 }]);
    worker(0).answer(1);
    expect(worker(0).received).toEqual([{ id: 1 }, { id: 2 }]);
    worker(0).answer(2);
    expect(replies.map((r) => [r.id, r.ok])).toEqual([
      [1, true],
      [2, true],
    ]);
  });

  it('ends a worker stalled on one file, reports that file only, and checks the next in a fresh worker', () => {
    const { workers, worker, replies, watched } = setup();
    watched.check(1, { id: 1 });
    watched.check(2, { id: 2 });
    worker(0).send(WORKER_READY);
    vi.advanceTimersByTime(TIMEOUT - 1);
    expect(replies).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(replies).toEqual([{ id: 1, ok: false, error: 'timeout' }]);
    expect(worker(0).terminated).toBe(true);
    expect(workers).toHaveLength(2);
    // A late answer from the ended worker is ignored.
    worker(0).answer(1);
    worker(1).send(WORKER_READY);
    expect(worker(1).received).toEqual([{ id: 2 }]);
    worker(1).answer(2);
    expect(replies.at(-1)).toMatchObject({ id: 2, ok: true });
    expect(replies).toHaveLength(2);
  });

  it('warm starts the worker before any file, once, and the first file goes to it as soon as it is ready', () => {
    const { workers, worker, replies, watched } = setup();
    watched.warm();
    watched.warm();
    expect(workers).toHaveLength(1);
    worker(0).send(WORKER_READY);
    watched.check(1, { id: 1 });
    expect(worker(0).received).toEqual([{ id: 1 }]);
    worker(0).answer(1);
    expect(replies.map((r) => [r.id, r.ok])).toEqual([[1, true]]);
  });

  it('does not count the start-up of a fresh worker against the next file', () => {
    const { worker, replies, watched } = setup();
    watched.check(1, { id: 1 });
    vi.advanceTimersByTime(TIMEOUT * 3);
    worker(0).send(WORKER_READY);
    worker(0).answer(1);
    expect(replies).toEqual([expect.objectContaining({ id: 1, ok: true })]);
  });

  it('reports a worker that dies on a file as crashed and goes on', () => {
    const { worker, replies, watched } = setup();
    watched.check(1, { id: 1 });
    watched.check(2, { id: 2 });
    worker(0).send(WORKER_READY);
    worker(0).onerror?.({} as ErrorEvent);
    expect(replies).toEqual([{ id: 1, ok: false, error: 'crashed' }]);
    worker(1).send(WORKER_READY);
    worker(1).answer(2);
    expect(replies.at(-1)).toMatchObject({ id: 2, ok: true });
  });

  it('reports what waits when a worker dies before it is ready, instead of restarting it in a loop', () => {
    const { workers, worker, replies, watched } = setup();
    watched.check(1, { id: 1 });
    watched.check(2, { id: 2 });
    worker(0).onerror?.({} as ErrorEvent);
    expect(replies).toEqual([
      { id: 1, ok: false, error: 'crashed' },
      { id: 2, ok: false, error: 'crashed' },
    ]);
    expect(workers).toHaveLength(1);
    watched.check(3, { id: 3 });
    expect(workers).toHaveLength(2);
  });
});
