import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { EXTENSION_DIR } from '../tests/support/launch';

const gzipBytes = (data: Uint8Array | string) => gzipSync(data, { level: 9 }).byteLength;

function fileSizes(relative: string) {
  const data = readFileSync(path.join(EXTENSION_DIR, relative));
  return { raw: data.byteLength, gzip: gzipBytes(data) };
}

/** The positioning library alone, minified as a peer reference for the overlay's size. */
async function floatingUiAloneGzip(): Promise<number> {
  const out = await build({
    stdin: { contents: "export { computePosition, autoUpdate, flip, shift, offset } from '@floating-ui/dom';", resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
  });
  return gzipBytes(out.outputFiles[0]?.contents ?? new Uint8Array());
}

/** Sizes of the built content scripts (run after `wxt build`). */
export async function benchSizes() {
  const eager = fileSizes('content-scripts/portal.js');
  const overlay = fileSizes('content-scripts/overlay.js');
  return {
    contentScriptEagerRawBytes: eager.raw,
    contentScriptEagerGzipBytes: eager.gzip,
    overlayRawBytes: overlay.raw,
    overlayGzipBytes: overlay.gzip,
    floatingUiAloneGzipBytes: await floatingUiAloneGzip(),
  };
}
