/**
 * The CLI side of the pre-check bench (bench-precheck.ts spawns it with the
 * files): reads and checks them with two worker threads (the machine's two
 * cores, as the extension's worker would share them) running the same
 * handler as the extension's Web Worker, then compares them for duplicates.
 * Prints its time and memory as one JSON line. It imports only what the
 * checks need, so the memory it reports is theirs and the harness's, not the
 * file generator's or the browser driver's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { translator } from '../lib/i18n';
import { withCrossFileChecks } from '../lib/precheck/cross-file';
import { rulesFor } from '../lib/precheck/limits';
import type { PrecheckReply } from '../lib/precheck/worker';

const SELF = fileURLToPath(import.meta.url);
const THREADS = 2;

/** The CLI path (Node, the JS decoders). */
export interface PrecheckCliBench {
  precheck100MBMs: number;
  /** The process's peak resident set: the checks plus Node, tsx and the checks' code loaded in three threads. */
  precheckPeakRssBytes: number;
  /** That peak above what the process held once its workers were ready: what the checks themselves add. */
  precheckRssAddedBytes: number;
}

async function runChecks(files: string[]): Promise<PrecheckCliBench> {
  const workerCode = `
    const { parentPort } = require('node:worker_threads');
    require('tsx/cjs');
    const { handlePrecheckRequest } = require(${JSON.stringify(path.join(path.dirname(SELF), '../lib/precheck/worker.ts'))});
    parentPort.on('message', async (request) => parentPort.postMessage(await handlePrecheckRequest(request)));
    parentPort.postMessage('ready');`;
  const workers = Array.from({ length: THREADS }, () => new Worker(workerCode, { eval: true }));
  await Promise.all(workers.map((w) => new Promise((resolve) => w.once('message', resolve))));

  // What the harness itself holds (Node, tsx and the checks' code in three threads), so the peak can be read against it.
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const replies: PrecheckReply[] = new Array(files.length);
  let next = 0;
  await Promise.all(
    workers.map(async (worker) => {
      while (next < files.length) {
        const id = next++;
        const file = files[id] as string;
        // Read once and handed over, not copied (a file this large gets its own buffer, never Node's shared pool).
        const bytes = readFileSync(file);
        const reply = new Promise<PrecheckReply>((resolve) => worker.once('message', resolve));
        const request = { id, name: path.basename(file), size: bytes.length, bytes, row: null, site: 'portal-filing', lang: 'vi' };
        worker.postMessage(request, [bytes.buffer as ArrayBuffer]);
        replies[id] = await reply;
      }
    }),
  );
  const ctx = { lang: 'vi' as const, t: translator('vi'), rules: rulesFor('portal-filing') };
  const analyses = replies.map((r) => {
    if (!r.ok) throw new Error(r.error);
    return { analysis: r.analysis, row: null };
  });
  withCrossFileChecks(analyses, ctx);
  const precheck100MBMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  // CPU time of all threads in that window: what the wall time would approach on idle cores, times two.
  console.error(`pre-check bench: ${Math.round((cpu.user + cpu.system) / 1000)} ms CPU across threads`);
  await Promise.all(workers.map((w) => w.terminate()));
  const peak = process.resourceUsage().maxRSS * 1024;
  return { precheck100MBMs: Math.round(precheck100MBMs), precheckPeakRssBytes: peak, precheckRssAddedBytes: peak - rssBefore };
}


if (process.argv[1] === SELF) console.log(JSON.stringify(await runChecks(process.argv.slice(2))));
