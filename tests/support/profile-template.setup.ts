import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchWithExtension, PROFILE_ROOT_ENV, PROFILE_TEMPLATE_ENV, waitForCatalog } from './launch';

/**
 * Playwright global setup: installs the built extension once, through the
 * tests' own launch, and lets it import its bundled catalog (~4 s of a
 * test's time otherwise); each test's profile is a copy of this one (same
 * build, path and flags, so the same extension id and installed state).
 * Every profile of the run lives under one folder, removed at the end.
 */
export default async function setup(): Promise<() => void> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dvc-e2e-'));
  const template = path.join(root, 'template');
  mkdirSync(template);
  const context = await launchWithExtension({ userDataDir: template });
  await waitForCatalog(context);
  await context.close();
  process.env[PROFILE_TEMPLATE_ENV] = template;
  process.env[PROFILE_ROOT_ENV] = root;
  return () => rmSync(root, { recursive: true, force: true, maxRetries: 5 });
}
