/**
 * `npm run -s bench`: builds the extension, measures it, prints a readable
 * table and, as the last line, one JSON object (keys per ../shared/design.md).
 * Figures not measurable yet are `null`.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { benchChecklist } from './bench-checklist';
import { benchGuide } from './bench-guide';
import { benchMemory } from './bench-memory';
import { benchPrecheck } from './bench-precheck';
import { benchSearch } from './bench-search';
import { benchSizes } from './bench-sizes';
import { REPO_ROOT } from './shared-data';

type Figures = Record<string, number | null>;

interface Goal {
  key: string;
  label: string;
  unit: 'bytes' | 'ms';
  goal?: number;
}

const GOALS: Goal[] = [
  { key: 'contentScriptEagerGzipBytes', label: 'Eager content script (gzip)', unit: 'bytes', goal: 8 * 1024 },
  { key: 'overlayGzipBytes', label: 'Overlay, loaded on demand (gzip)', unit: 'bytes', goal: 90 * 1024 },
  { key: 'floatingUiAloneGzipBytes', label: '  peer: Floating UI alone (gzip)', unit: 'bytes' },
  { key: 'cardLatencyMs', label: 'Guide card after target appears', unit: 'ms', goal: 100 },
  { key: 'checklistParseMedianMs', label: 'Checklist parse+classify, median', unit: 'ms', goal: 2 },
  { key: 'checklistParseP95Ms', label: 'Checklist parse+classify, p95', unit: 'ms' },
  { key: 'precheck100MBMs', label: 'Pre-check 20 files / 100 MB', unit: 'ms', goal: 500 },
  { key: 'precheckPeakRssBytes', label: '  pre-check process peak RSS (with Node, tsx, 3 threads)', unit: 'bytes' },
  { key: 'precheckRssAddedBytes', label: '  pre-check peak RSS added by the checks', unit: 'bytes', goal: 150 * 1024 * 1024 },
  { key: 'precheckBrowser100MBMs', label: 'Pre-check in Chromium, 20 files / 100 MB', unit: 'ms', goal: 500 },
  { key: 'precheckBrowserPeakRssBytes', label: '  extension process, peak RSS added', unit: 'bytes', goal: 150 * 1024 * 1024 },
  { key: 'precheckBrowserLongestTaskMs', label: '  longest task on the filing page', unit: 'ms', goal: 50 },
  { key: 'searchP50Ms', label: 'Catalog search p50', unit: 'ms' },
  { key: 'searchP95Ms', label: 'Catalog search p95', unit: 'ms', goal: 5 },
  { key: 'searchLinearP95Ms', label: '  peer: linear scan p95', unit: 'ms' },
  { key: 'searchMiniSearchP95Ms', label: '  peer: MiniSearch p95', unit: 'ms' },
  { key: 'search20kP95Ms', label: 'Search p95, synthetic 20,000', unit: 'ms', goal: 5 },
  { key: 'firstSearchFreshMs', label: 'First search on a fresh install', unit: 'ms', goal: 1000 },
  { key: 'contentScriptHeapBytes', label: 'Content scripts JS heap', unit: 'bytes' },
];

function show(value: number | null | undefined, unit: Goal['unit']): string {
  if (value === null || value === undefined) return '—';
  return unit === 'bytes' ? `${(value / 1024).toFixed(1)} KB` : `${value.toFixed(2)} ms`;
}

async function main() {
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('wxt build failed');
  const figures: Figures = {
    ...Object.fromEntries(GOALS.map((g) => [g.key, null])),
    ...(await benchSizes()),
    ...(await benchMemory()),
    ...(await benchChecklist()),
    ...(await benchPrecheck()),
    ...(await benchSearch()),
    ...(await benchGuide()),
  };
  console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  console.log(`${'measure'.padEnd(40)} ${'value'.padStart(12)} ${'goal'.padStart(12)}  status`);
  for (const g of GOALS) {
    const value = figures[g.key];
    const status = g.goal === undefined || value === null || value === undefined ? '' : value <= g.goal ? 'ok' : 'OVER';
    console.log(`${g.label.padEnd(40)} ${show(value, g.unit).padStart(12)} ${(g.goal ? show(g.goal, g.unit) : '').padStart(12)}  ${status}`);
  }
  console.log(JSON.stringify(figures));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
