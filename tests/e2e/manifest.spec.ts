import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { OTHER_PORTAL_MATCHES } from '../../lib/portal/hosts';
import { EXTENSION_DIR } from '../support/launch';

/**
 * The built manifest asks for nothing beyond what the product uses. Each
 * allowed entry says why; anything else fails. Reads
 * .output/chrome-mv3/manifest.json (built before the e2e tier); no browser.
 */

const PERMISSIONS: Record<string, string> = {
  storage: 'settings, the chosen procedure and guide progress, owned by the background',
  sidePanel: 'the side panel with procedure search and the checklist (opened from the toolbar button)',
  scripting: 'the background injects the overlay only on pages that need it',
  alarms: 'the assisted-session wipe timer',
};

// ../shared/portal-notes.md, "Hosts the extension needs".
const HOSTS: Record<string, string> = {
  'https://dichvucong.gov.vn/*': 'the National Public Service Portal, where the guide and the checks run',
  'https://*.dichvucong.gov.vn/*': 'the old portal and its sub-sites (vpcp., lienthong.)',
  'https://sso.dancuquocgia.gov.vn/*': 'the VNeID sign-in the guide walks the user through',
  'https://dichvucongnganhtuphap.moj.gov.vn/*': 'the Ministry of Justice civil-status filing wizard',
  'https://tokhaidientu.moj.gov.vn/*': 'the civil-status electronic declaration forms',
};

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  externally_connectable?: unknown;
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  content_scripts?: { matches: string[] }[];
}

const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;

function builtScripts(dir: string): string {
  return readdirSync(dir)
    .map((name) => path.join(dir, name))
    .map((file) => (statSync(file).isDirectory() ? builtScripts(file) : file.endsWith('.js') ? readFileSync(file, 'utf8') : ''))
    .join('\n');
}

test('every permission is allowed for a stated reason and used by the built code', () => {
  const code = builtScripts(EXTENSION_DIR);
  for (const permission of [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])]) {
    expect(PERMISSIONS[permission], `permission "${permission}" has no reason in the allow-list`).toBeTruthy();
    const used = new RegExp(`\\.${permission}\\b`).test(code);
    expect(used, `permission "${permission}" is requested but no built script calls chrome.${permission}`).toBe(true);
  }
});

test('host permissions are exactly the required hosts, each with a reason', () => {
  for (const host of manifest.host_permissions ?? []) expect(HOSTS[host], `host "${host}" is not in the allow-list`).toBeTruthy();
  expect(new Set(manifest.host_permissions)).toEqual(new Set(Object.keys(HOSTS)));
  // Provincial and ministry portals: optional, exactly the known list of lib/portal/hosts.ts (nothing asks for `*.gov.vn`).
  expect(manifest.optional_host_permissions).toEqual(OTHER_PORTAL_MATCHES);
  for (const host of manifest.optional_host_permissions ?? []) expect(host).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.gov\.vn\/\*$/);
});

test('content scripts run on the required hosts and nowhere else', () => {
  const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches);
  expect(matches.length).toBeGreaterThan(0);
  expect(new Set(matches)).toEqual(new Set(Object.keys(HOSTS)));
});

test('no other extension or site may connect, and extension pages run no eval or remote code', () => {
  expect(manifest.externally_connectable).toBeUndefined();
  const csp = manifest.content_security_policy?.extension_pages ?? "script-src 'self'; object-src 'self'";
  const sources = csp
    .split(';')
    .flatMap((directive) => directive.trim().split(/\s+/).slice(1))
    .filter(Boolean);
  expect(sources.length).toBeGreaterThan(0);
  for (const source of sources) {
    expect(["'self'", "'none'"], `CSP source ${source} in "${csp}"`).toContain(source);
  }
});

test('the scripts injected into portal pages carry zod/mini only, never classic zod (it alone would outweigh the overlay budget)', () => {
  // Classic zod registers its types as `ZodObject`, `ZodString`…; zod/mini as `ZodMiniObject`, the shared core as `$ZodObject`.
  const classic = /[`'"]Zod(Object|String|Type|Array|Number)[`'"]/;
  for (const name of ['overlay.js', 'portal.js']) {
    const code = readFileSync(path.join(EXTENSION_DIR, 'content-scripts', name), 'utf8');
    expect(classic.exec(code)?.[0] ?? null, name).toBeNull();
  }
  // The check itself recognises classic zod: the background bundles it.
  expect(builtScripts(EXTENSION_DIR)).toMatch(classic);
});
