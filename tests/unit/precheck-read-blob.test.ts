import { describe, expect, it } from 'vitest';
import { readBlob } from '../../lib/precheck/read-blob';

/** Byte for byte (vitest's deep equality walks megabytes element by element). */
const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.compare(a, b) === 0;

const bytesOf = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 255);

/** A blob whose stream gives `data` in chunks of `chunk` bytes while its `size` says `claimed` (a file changed on disk). */
const changedFile = (data: Uint8Array, claimed: number, chunk: number) =>
  ({
    size: claimed,
    arrayBuffer: async () => data.slice().buffer,
    stream: () =>
      new ReadableStream({
        type: 'bytes',
        start(controller) {
          for (let at = 0; at < data.length; at += chunk) controller.enqueue(data.slice(at, at + chunk));
          controller.close();
        },
      }),
  }) as unknown as Blob;

describe('reading a picked file into the kept buffer', () => {
  it('gives each file its own bytes, in one buffer handed on from file to file', async () => {
    const first = bytesOf(300_000, 1);
    const second = bytesOf(200_000, 2);
    const a = await readBlob(new Blob([first]));
    expect(same(a, first)).toBe(true);
    const b = await readBlob(new Blob([second]));
    expect(same(b, second)).toBe(true);
    // The first file's view went with the buffer to the second file: stale bytes cannot be read by mistake.
    expect(a.byteLength).toBe(0);
  });

  it('a larger file gets a larger buffer', async () => {
    const large = bytesOf(1_500_000, 3);
    expect(same(await readBlob(new Blob([large])), large)).toBe(true);
  });

  it('a read started while another runs gets a buffer of its own: neither is overwritten', async () => {
    const one = bytesOf(400_000, 4);
    const two = bytesOf(400_000, 5);
    const [a, b] = await Promise.all([readBlob(new Blob([one])), readBlob(new Blob([two]))]);
    expect(same(a, one)).toBe(true);
    expect(same(b, two)).toBe(true);
    expect(a.buffer).not.toBe(b.buffer);
  });

  it('a file that grew since it was picked is read whole', async () => {
    const grown = bytesOf(5_000_000, 6);
    expect(same(await readBlob(changedFile(grown, 2_000_000, 65_536)), grown)).toBe(true);
  });
});
