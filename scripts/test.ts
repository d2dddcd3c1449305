/**
 * `npm test`: every tier in order — typecheck, lint, unit + extension-context
 * (vitest), build, end-to-end (Playwright in Debian's Chromium) — then one
 * line `N passed, N failed` summing them all. Typecheck, lint and build count
 * as one test each; vitest and Playwright report their own counts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './shared-data';

interface Tally {
  passed: number;
  failed: number;
}

const OUT = path.join(REPO_ROOT, 'test-results');
const bin = (name: string) => path.join(REPO_ROOT, 'node_modules/.bin', name);

function run(title: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n▶ ${title}: ${path.basename(cmd)} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

function vitestTally(ok: boolean, file: string): Tally {
  const report = readJson(file) as { numPassedTests?: number; numFailedTests?: number } | null;
  if (!report) return { passed: 0, failed: 1 };
  const failed = report.numFailedTests ?? 0;
  return { passed: report.numPassedTests ?? 0, failed: failed === 0 && !ok ? 1 : failed };
}

function playwrightTally(ok: boolean, file: string): Tally {
  const report = readJson(file) as { stats?: { expected?: number; unexpected?: number; flaky?: number } } | null;
  if (!report?.stats) return { passed: 0, failed: 1 };
  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
  return { passed: expected + flaky, failed: unexpected === 0 && !ok ? 1 : unexpected };
}

const one = (ok: boolean): Tally => (ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const tiers: [string, Tally][] = [];
tiers.push(['typecheck', one(run('Typecheck', bin('tsc'), ['--noEmit']))]);
tiers.push(['lint', one(run('Lint', bin('biome'), ['lint', '--error-on-warnings', '.']))]);
const unitFile = path.join(OUT, 'unit.json');
const unitOk = run('Unit + extension-context tests', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitFile}`,
]);
tiers.push(['unit', vitestTally(unitOk, unitFile)]);
const buildOk = run('Build', bin('wxt'), ['build']);
tiers.push(['build', one(buildOk)]);
if (buildOk) {
  const e2eFile = path.join(OUT, 'e2e.json');
  const e2eOk = run('End-to-end tests', bin('playwright'), ['test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eFile,
  });
  tiers.push(['e2e', playwrightTally(e2eOk, e2eFile)]);
} else {
  tiers.push(['e2e', { passed: 0, failed: 1 }]);
}

console.log('\nTier        passed  failed');
for (const [name, t] of tiers) console.log(`${name.padEnd(11)} ${String(t.passed).padStart(6)}  ${String(t.failed).padStart(6)}`);
const total = tiers.reduce((a, [, t]) => ({ passed: a.passed + t.passed, failed: a.failed + t.failed }), { passed: 0, failed: 0 });
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed === 0 ? 0 : 1);
