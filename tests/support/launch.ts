import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { REPO_ROOT } from '../../scripts/shared-data';
import { serveReplica } from './replica/serve';

export const EXTENSION_DIR = path.join(REPO_ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium with the built extension loaded (unless `extension: false`,
 * for baselines), the replica portal
 * answering for the real hosts. The flags keep Chromium off this machine's
 * closed network (see README, "How the replica works").
 */
export async function launchWithExtension({ headless = true, extension = true } = {}): Promise<BrowserContext> {
  if (extension && !existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('Chưa có bản build: chạy `npm run build` trước.');
  }
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'dvc-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
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
