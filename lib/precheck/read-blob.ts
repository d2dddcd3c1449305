/**
 * A worker's picked files read into one buffer kept from file to file, by a
 * BYOB reader that fills it in place. Reading a file as a new ArrayBuffer
 * (or as the stream's own chunks) leaves megabytes for the garbage collector
 * each time, which V8 frees only once tens of megabytes of them have piled
 * up: with two workers that was most of the pre-check's peak memory. The
 * bytes returned are valid until the next read; a read that starts while
 * another is still going gets a buffer of its own.
 */
let kept = new ArrayBuffer(0);
let reading = false;

export async function readBlob(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  if (reading) return new Uint8Array(await blob.arrayBuffer());
  reading = true;
  try {
    // One byte more than the file: a read that fills it means the file grew on disk since it was picked.
    let buffer = kept.byteLength > blob.size ? kept : new ArrayBuffer(blob.size + 1);
    let at = 0;
    const reader = blob.stream().getReader({ mode: 'byob' });
    for (;;) {
      if (at === buffer.byteLength) {
        const larger = new ArrayBuffer(buffer.byteLength * 2);
        new Uint8Array(larger).set(new Uint8Array(buffer));
        buffer = larger;
      }
      // Each read hands the buffer over and gives it back, filled a little further: the memory is never copied.
      const { done, value } = await reader.read(new Uint8Array(buffer, at));
      if (!value) break;
      buffer = value.buffer;
      at += value.byteLength;
      if (done) break;
    }
    kept = buffer;
    return new Uint8Array(buffer, 0, at);
  } finally {
    reading = false;
  }
}
