/**
 * Pre-check benchmark: 20 generated files of about 100 MB — photographed
 * pages as 12- and 16-MP JPEGs and scanned PDFs of them — read from disk and checked
 * by two worker threads (the machine's two cores, as the extension's worker
 * would share them) running the same handler as the extension's Web Worker,
 * then compared across files for duplicates.
 *
 * The checking runs in a child process (bench-precheck-cli.ts) so its peak
 * memory is its own, not the file generation's or the browser driver's. Then the same files go through the extension in
 * Chromium (bench-precheck-browser.ts). `tsx scripts/bench-precheck.ts`
 * prints the result.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchPrecheckBrowser, type PrecheckBrowserBench } from './bench-precheck-browser';
import type { PrecheckCliBench } from './bench-precheck-cli';
import { concat, encodeJpeg, scannedPdf, textPage } from '../tests/support/generate-files';

const SELF = fileURLToPath(import.meta.url);
const CHILD = path.join(path.dirname(SELF), 'bench-precheck-cli.ts');
const FILES = 20;

export type PrecheckBench = PrecheckCliBench & PrecheckBrowserBench;

/** A JPEG made unique by a comment segment after SOI (still a valid image). */
function variant(jpeg: Uint8Array, n: number): Uint8Array {
  const note = new TextEncoder().encode(`bench ${n}`);
  const segment = Uint8Array.from([0xff, 0xfe, 0, note.length + 2, ...note]);
  return concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
}

/**
 * Writes the 20 files into a new temporary folder: ten photos (12 and 16 MP,
 * about 4.9 and 6.4 MB, as phone cameras make them) and ten one-page scans,
 * about 105 MB in all. The pages carry sensor-like noise so they compress
 * like real photos rather than clean drawings.
 */
export async function generateBenchFiles(): Promise<{ dir: string; files: string[]; bytes: number }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dvc-bench-precheck-'));
  const photo12 = encodeJpeg(textPage(4000, 3000, { seed: 11, noise: 28 }), 92);
  const photo16 = encodeJpeg(textPage(3456, 4608, { seed: 12, noise: 28 }), 92);
  const files: string[] = [];
  let bytes = 0;
  const write = (name: string, data: Uint8Array) => {
    const file = path.join(dir, name);
    writeFileSync(file, data);
    files.push(file);
    bytes += data.length;
  };
  for (let i = 0; i < FILES / 2; i++) write(`anh-${i + 1}.jpg`, variant(i % 2 ? photo16 : photo12, i));
  for (let i = 0; i < FILES / 2; i++) write(`ban-quet-${i + 1}.pdf`, await scannedPdf([variant(photo12, 100 + i)]));
  return { dir, files, bytes };
}

export async function benchPrecheck(): Promise<PrecheckBench> {
  const { dir, files, bytes } = await generateBenchFiles();
  console.error(`pre-check bench: ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
  try {
    const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, ...files], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`bench child failed: ${child.stderr}`);
    const notes = child.stderr.split('\n').filter((l) => l.startsWith('pre-check bench:'));
    process.stderr.write(`${notes.join('\n')}\n`);
    const cli = JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as PrecheckCliBench;
    // The same files through the extension in Chromium (needs `npx wxt build` first; `npm run bench` builds).
    return { ...cli, ...(await benchPrecheckBrowser(files)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === SELF) console.log(JSON.stringify(await benchPrecheck()));
