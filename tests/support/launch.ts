import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { REPO_ROOT } from '../../scripts/shared-data';
import { serveReplica } from './replica/serve';

export const EXTENSION_DIR = path.join(REPO_ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * A profile in which the extension was installed and its bundled catalog
 * imported, copied for each test (see profile-template.setup.ts): each test
 * still starts from a pristine install, without paying the ~4 s import again.
 */
export const PROFILE_TEMPLATE_ENV = 'DVC_PROFILE_TEMPLATE';
/** Where a run's profiles go, removed as a whole when the run ends (hundreds piled up in /tmp otherwise). */
export const PROFILE_ROOT_ENV = 'DVC_PROFILE_ROOT';

/**
 * Debian's Chromium with the built extension loaded (unless `extension: false`,
 * for baselines), the replica portal answering for the real hosts. The flags
 * keep Chromium off this machine's closed network (see README, "How the
 * replica works"). A profile made here lives under the run's profile root.
 */
export async function launchWithExtension({
  headless = true,
  extension = true,
  fromTemplate = false,
  userDataDir = '',
} = {}): Promise<BrowserContext> {
  if (extension && !existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('Chưa có bản build: chạy `npm run build` trước.');
  }
  const profile = userDataDir || mkdtempSync(path.join(process.env[PROFILE_ROOT_ENV] ?? os.tmpdir(), 'dvc-profile-'));
  const template = process.env[PROFILE_TEMPLATE_ENV];
  if (fromTemplate && extension && template) cpSync(template, profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    locale: 'vi-VN',
    viewport: { width: 1280, height: 860 },
    args: [
      ...(extension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=vi',
    ],
  });
  await serveReplica(context);
  return context;
}

/** The extension's id, read from its service worker's URL. */
export async function extensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/** Asks the background for the catalog's status from an extension page: it answers once the bundled catalog is imported. */
export async function waitForCatalog(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${await extensionId(context)}/options.html`);
    const reply = (await page.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'catalog/status' }),
    )) as { ok?: boolean; data?: { meta?: unknown } };
    if (!reply?.ok || !reply.data?.meta) throw new Error(`the bundled catalog did not load: ${JSON.stringify(reply).slice(0, 200)}`);
  } finally {
    await page.close();
  }
}
