import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Route } from '@playwright/test';
import { REPO_ROOT } from '../../../scripts/shared-data';
import { OTHER_REPLICA_HOSTS, replicaApi } from './api';

/** Hosts the replica answers for, each served from tests/fixtures/portal/<host>/. */
export const REPLICA_HOSTS = [
  'dichvucong.gov.vn',
  'lienthong.dichvucong.gov.vn',
  'sso.dancuquocgia.gov.vn',
  'dichvucongnganhtuphap.moj.gov.vn',
  ...OTHER_REPLICA_HOSTS,
] as const;

export const FIXTURES_DIR = path.join(REPO_ROOT, 'tests/fixtures/portal');

/** Files every replica host serves under the same path (the shared UI kit), unless the host has its own. */
const SHARED_DIR = path.join(FIXTURES_DIR, '_shared');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves one request the way the real host would: API JSON, a static file of
 * the replica, or the host's single-page app shell for any other path.
 */
export function replicaResponse(href: string): { status: number; contentType: string; body: string | Buffer } {
  const url = new URL(href);
  const host = url.hostname;
  const root = path.join(FIXTURES_DIR, host);
  const answer = replicaApi(host, url);
  if (answer) return { status: answer.status, contentType: TYPES['.json'] as string, body: answer.body };
  for (const dir of [root, SHARED_DIR]) {
    const file = path.normalize(path.join(dir, decodeURIComponent(url.pathname)));
    if (file.startsWith(dir + path.sep) && existsSync(file) && statSync(file).isFile()) {
      return { status: 200, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream', body: readFileSync(file) };
    }
  }
  // Pages: the SPAs' routes, `.html`, and the old provincial portal's `.jsp`.
  if (path.extname(url.pathname) && !['.html', '.jsp'].includes(path.extname(url.pathname))) {
    return { status: 404, contentType: 'text/plain', body: 'not found' };
  }
  const shell = path.join(root, 'index.html');
  return { status: 200, contentType: TYPES['.html'] as string, body: readFileSync(shell) };
}

async function fulfil(route: Route) {
  const { status, contentType, body } = replicaResponse(route.request().url());
  await route.fulfill({ status, contentType, body });
}

/** Routes the real hosts' URLs to the replica, so content scripts run on the real URLs. */
export async function serveReplica(context: BrowserContext): Promise<void> {
  for (const host of REPLICA_HOSTS) {
    await context.route(`https://${host}/**`, fulfil);
  }
}
