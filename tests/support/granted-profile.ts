import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension, PROFILE_ROOT_ENV, PROFILE_TEMPLATE_ENV } from './launch';

interface PermissionSet {
  explicit_host?: string[];
  scriptable_host?: string[];
}

/**
 * A launch whose profile already holds `origins` as granted optional host
 * permissions — the state Chrome saves when the user clicks "Cho phép" in
 * its prompt after "Bật trợ lý trên trang này". Playwright cannot click
 * that prompt: headless Chromium shows it where nothing can reach it, and
 * `permissions.request` then never settles (tried: no auto-accept, also
 * not with --apps-gallery-install-auto-confirm-for-tests; granting from
 * chrome://extensions' site-access API leaves an optional host inactive).
 * So the grant is written where Chrome keeps it (the profile's
 * Preferences, extensions.settings.<id>.granted/active_permissions) before
 * the browser starts; everything after — the background registering its
 * detector from permissions.getAll at start, injection, revocation — is the
 * product's own code.
 */
export async function launchWithGrantedOrigins(origins: string[]): Promise<BrowserContext> {
  const template = process.env[PROFILE_TEMPLATE_ENV];
  if (!template) throw new Error('no installed profile template (run through Playwright’s global setup)');
  const profile = mkdtempSync(path.join(process.env[PROFILE_ROOT_ENV] ?? os.tmpdir(), 'dvc-profile-'));
  cpSync(template, profile, { recursive: true });
  const file = path.join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8')) as {
    extensions: { settings: Record<string, { path?: string; active_permissions?: PermissionSet; granted_permissions?: PermissionSet }> };
  };
  const entry = Object.values(prefs.extensions.settings).find((e) => e.path === EXTENSION_DIR);
  if (!entry?.active_permissions || !entry.granted_permissions) throw new Error('the installed extension is not in the profile’s Preferences');
  for (const set of [entry.active_permissions, entry.granted_permissions]) {
    set.explicit_host = [...(set.explicit_host ?? []), ...origins];
    set.scriptable_host = [...(set.scriptable_host ?? []), ...origins];
  }
  writeFileSync(file, JSON.stringify(prefs));
  return launchWithExtension({ userDataDir: profile });
}
