/**
 * The pre-check's browser path in real Chromium: the built extension on the
 * replica's one-page filing, the bench's 20 files (bench-precheck.ts)
 * attached at once through a file input on the page, as a user picks them,
 * and checked by the overlay's pre-check frame and its worker (the same JS
 * decoders as the CLI).
 *
 * Measured: the wall time from the input's `change` event to the last
 * verdict shown (the page's own clock); the peak resident memory (RSS, from
 * /proc every 10 ms) of the extension's renderer process, where the frame and
 * its worker read and decode the files, above what it held before; and the
 * longest task on the filing page's main thread while the checks ran
 * (PerformanceObserver 'longtask': the overlay runs on that thread).
 * `performance.measureUserAgentSpecificMemory` is not offered to extension
 * pages (it needs cross-origin isolation), hence /proc.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from '../lib/i18n/vi';
import { launchWithExtension, waitForCatalog } from '../tests/support/launch';
import { addFileInput } from '../tests/support/precheck-frame';
import { PROCEDURES } from '../tests/support/replica/procedures';
import { openSignedInFiling, setKnobs } from '../tests/support/replica/steps';

export interface PrecheckBrowserBench {
  precheckBrowser100MBMs: number;
  precheckBrowserPeakRssBytes: number;
  precheckBrowserLongestTaskMs: number;
}

const SAMPLE_MS = 10;

interface Proc {
  pid: number;
  ppid: number;
  cmdline: string;
}

function processes(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      out.push({ pid: Number(name), ppid, cmdline: readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ') });
    } catch {
      // The process ended while being read.
    }
  }
  return out;
}

/** The renderer processes hosting the extension (its pages, the pre-check frame and worker) of the Chromium using `profile`. */
function extensionProcesses(profile: string): number[] {
  const all = processes();
  const browser = all.find((p) => p.cmdline.includes(`--user-data-dir=${profile}`) && !p.cmdline.includes('--type='));
  if (!browser) throw new Error('Chromium not found in /proc');
  const family = new Set([browser.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) if (!family.has(p.pid) && family.has(p.ppid)) grew = family.add(p.pid) !== null;
  }
  return all.filter((p) => family.has(p.pid) && p.cmdline.includes('--extension-process')).map((p) => p.pid);
}

const rssBytes = (pids: number[]) =>
  pids.reduce((sum, pid) => {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      return sum + Number(kb ?? 0) * 1024;
    } catch {
      return sum;
    }
  }, 0);

export async function benchPrecheckBrowser(files: string[]): Promise<PrecheckBrowserBench> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'dvc-bench-profile-'));
  const context = await launchWithExtension({ userDataDir: profile });
  try {
    await waitForCatalog(context);
    const page = await context.newPage();
    await setKnobs(page, { uploadDelayMs: 100, toastMs: 1000 });
    await openSignedInFiling(page, PROCEDURES.thuongTru.id);
    await page.locator('dvc-assistant').waitFor({ state: 'attached' });
    await addFileInput(page, 'bench-files');
    const names = files.map((f) => path.basename(f));
    const done = page.evaluate(
      ({ names, checking }) =>
        new Promise<{ ms: number; longestTaskMs: number }>((resolve) => {
          let longest = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
          }).observe({ type: 'longtask' });
          const root = document.querySelector('dvc-assistant')?.shadowRoot as ShadowRoot;
          let started = 0;
          document.getElementById('bench-files')?.addEventListener('change', () => {
            started = performance.now();
          });
          // No named helpers in here: the bench runs through tsx, whose output would call a `__name` the page lacks.
          new MutationObserver(() => {
            const text = root.textContent ?? '';
            if (started === 0 || text.includes(checking) || !names.every((n) => text.includes(n))) return;
            const ms = performance.now() - started;
            // Long tasks are reported after they end: let the last one arrive.
            setTimeout(() => resolve({ ms, longestTaskMs: longest }), 200);
          }).observe(root, { subtree: true, childList: true, characterData: true });
        }),
      { names, checking: vi['precheck.file.checking'] },
    );
    const pids = extensionProcesses(profile);
    const baseline = rssBytes(pids);
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssBytes(pids));
    }, SAMPLE_MS);
    await page.locator('#bench-files').setInputFiles(files);
    const { ms, longestTaskMs } = await done;
    clearInterval(sampler);
    return { precheckBrowser100MBMs: Math.round(ms), precheckBrowserPeakRssBytes: peak - baseline, precheckBrowserLongestTaskMs: Math.round(longestTaskMs) };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
