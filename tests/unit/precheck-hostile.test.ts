import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../lib/precheck/analyze-file';
import { translator } from '../../lib/i18n';
import { rulesFor } from '../../lib/precheck/limits';
import { type CheckResult, verdictOf } from '../../lib/precheck/types';
import { runScript } from '../support/run-cli';
import {
  encodeJpeg,
  jpegWithRepeatedSegment,
  type NamedFile,
  pdfWithManyObjects,
  pdfWithUnterminatedObjectStreams,
  pngWithChunkBomb,
  textPage,
} from '../support/generate-files';

/**
 * Files under the portal's 2 MB limit built to stall or swamp a checker.
 * Before the pre-check was bounded they took 5 to over 100 seconds, or
 * gigabytes. The guards are generous (the machine may be loaded): they catch
 * hangs and blow-ups; speed is measured by `npm run -s bench`.
 */
const MB = 1024 * 1024;
const UNDER_LIMIT = 1.9 * MB;
const TIME_GUARD_MS = 8000;
const MEMORY_GUARD_BYTES = 300 * MB;

interface Hostile extends NamedFile {
  /** What a sound check concludes: the file is damaged (`error`), or fine apart from being small. */
  corrupt: 'error' | 'ok' | 'not judged';
}

let files: Hostile[];

beforeAll(() => {
  const photo = encodeJpeg(textPage(900, 1273), 85);
  files = [
    { name: 'ho-so-icc.png', bytes: pngWithChunkBomb('iCCP', 1024 * MB), corrupt: 'ok' },
    { name: 'ho-so-ztxt.png', bytes: pngWithChunkBomb('zTXt', 1024 * MB), corrupt: 'ok' },
    { name: 'ho-so-itxt.png', bytes: pngWithChunkBomb('iTXt', 1024 * MB), corrupt: 'ok' },
    { name: 'luong-khong-ket-thuc.pdf', bytes: pdfWithUnterminatedObjectStreams(UNDER_LIMIT), corrupt: 'error' },
    { name: 'nhieu-doi-tuong.pdf', bytes: pdfWithManyObjects(75_000), corrupt: 'not judged' },
    { name: 'nhieu-khung.jpg', bytes: jpegWithRepeatedSegment(photo, 0xc0, UNDER_LIMIT), corrupt: 'error' },
    { name: 'nhieu-bang-huffman.jpg', bytes: jpegWithRepeatedSegment(photo, 0xc4, UNDER_LIMIT), corrupt: 'ok' },
  ];
});

const corruptLevel = (checks: readonly CheckResult[]) => checks.find((c) => c.code === 'corrupt')?.level ?? 'not judged';

describe('hostile files in the library', () => {
  const ctx = { lang: 'vi' as const, t: translator('vi'), rules: rulesFor('portal-filing') };

  it('are under the limit and each gets a sound verdict fast, in bounded memory', async () => {
    for (const file of files) {
      expect(file.bytes.length, file.name).toBeLessThanOrEqual(2 * MB);
      const rssBefore = process.memoryUsage().rss;
      const started = performance.now();
      const analysis = await analyzeFile({ name: file.name, size: file.bytes.length, bytes: file.bytes }, null, ctx);
      const ms = performance.now() - started;
      const peakGrowth = process.resourceUsage().maxRSS * 1024 - rssBefore;
      expect(ms, file.name).toBeLessThan(TIME_GUARD_MS);
      expect(peakGrowth, file.name).toBeLessThan(MEMORY_GUARD_BYTES);
      expect(corruptLevel(analysis.checks), file.name).toBe(file.corrupt);
    }
  });

  it('decode the image behind a bomb in a colour profile or text, and behind thousands of Huffman tables', async () => {
    for (const file of files.filter((f) => f.corrupt === 'ok')) {
      const analysis = await analyzeFile({ name: file.name, size: file.bytes.length, bytes: file.bytes }, null, ctx);
      // Darkness is measured on the decoded pixels: present only when the image was decoded.
      expect(analysis.checks.find((c) => c.code === 'too-dark')?.level, file.name).toBe('ok');
    }
  });
});

describe('hostile files in `npm run -s precheck`', () => {
  it('all get a verdict in one run, fast, in bounded memory', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dvc-precheck-hostile-'));
    const paths = files.map((f) => {
      writeFileSync(path.join(dir, f.name), f.bytes);
      return path.join(dir, f.name);
    });
    const started = performance.now();
    const run = await runScript('precheck', paths, ['--import', './tests/support/report-peak-memory.ts']);
    const ms = performance.now() - started;
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { files: { path: string; verdict: string; checks: CheckResult[] }[] };
    expect(out.files.map((f) => [path.basename(f.path), corruptLevel(f.checks)])).toEqual(files.map((f) => [f.name, f.corrupt]));
    for (const f of out.files) expect(f.verdict).toBe(verdictOf(f.checks));
    // Node and tsx start-up included: ~1-3 s and ~150 MB before any file is read.
    expect(ms).toBeLessThan(files.length * TIME_GUARD_MS);
    const peak = Number(/peak-rss-bytes (\d+)/.exec(run.stderr)?.[1]);
    expect(peak).toBeLessThan(MEMORY_GUARD_BYTES + 200 * MB);
  }, 120_000);
});
