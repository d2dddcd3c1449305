import { OTHER_PORTAL_HOSTS, OTHER_PORTAL_MATCHES } from './hosts';

/**
 * The provincial, ministry and business-registration portals of
 * hosts.ts: which host is one, and the one origin the user grants for it.
 * Plain code (no zod): the eager content script classifies with it.
 */
export function hostMatches(pattern: string, host: string): boolean {
  return pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern;
}

export function isOtherPortalHost(host: string): boolean {
  const h = host.toLowerCase();
  return OTHER_PORTAL_HOSTS.some((pattern) => hostMatches(pattern, h));
}

/** The match pattern asked for on this page: its own origin only (also under `*.laichau.gov.vn`), or null off the known portals. */
export function otherPortalOrigin(href: string): string | null {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' && isOtherPortalHost(url.hostname) ? `https://${url.hostname.toLowerCase()}/*` : null;
  } catch {
    return null;
  }
}

/** Whether a granted origin pattern (as permissions.getAll lists it) is one of the known other portals, not a required host. */
export function isOtherPortalPattern(pattern: string): boolean {
  const host = /^https:\/\/([^/]+)\/\*$/.exec(pattern)?.[1];
  return host !== undefined && (OTHER_PORTAL_MATCHES.includes(pattern) || (!host.startsWith('*.') && isOtherPortalHost(host)));
}

/** The host a pattern names, for showing to the user (`https://dvc.moet.gov.vn/*` → `dvc.moet.gov.vn`). */
export function patternHost(pattern: string): string {
  return /^https:\/\/([^/]+)\/\*$/.exec(pattern)?.[1] ?? pattern;
}

/** A page URL falls under a granted pattern. */
export function urlUnderPattern(href: string, pattern: string): boolean {
  try {
    return hostMatches(patternHost(pattern), new URL(href).hostname.toLowerCase());
  } catch {
    return false;
  }
}
