import path from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { build } from 'esbuild';
import { REPO_ROOT } from '../../scripts/shared-data';

export interface ProbeResult {
  name: string;
  /** How many elements the registry resolves the entry to (first strategy that matches). */
  count: number;
  via: string | null;
  /** Each strategy alone, in registry order: whether it finds the resolved element (or its block). */
  strategies: { via: string; found: number; agrees: boolean }[];
}

let bundle: Promise<string> | null = null;

/**
 * The extension's own resolver (lib/portal/find-target.ts + the registry),
 * bundled for the page under test, so the e2e checks the registry with the
 * exact code the overlay runs, on the replica's real DOM.
 */
function probeScript(): Promise<string> {
  bundle ??= build({
    entryPoints: [path.join(REPO_ROOT, 'tests/support/selector-probe.entry.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'chrome120',
  }).then((out) => out.outputFiles[0]?.text ?? '');
  return bundle;
}

/** Resolves registry entries on the page (or in one of its frames) as the overlay would. */
export async function probe(page: Page | Frame, names: readonly string[]): Promise<ProbeResult[]> {
  const installed = await page.evaluate(() => typeof (window as unknown as { __dvcProbe?: unknown }).__dvcProbe === 'function');
  if (!installed) await page.addScriptTag({ content: await probeScript() });
  return page.evaluate((list) => (window as unknown as { __dvcProbe: (n: string[]) => ProbeResult[] }).__dvcProbe(list), [...names]);
}
