import { OTHER_PORTAL_SITE_DATA } from './other-portal-sites.data';

/**
 * Hosts the extension works on, listed in ../shared/portal-notes.md ("Hosts
 * the extension needs").
 */
export const REQUIRED_HOSTS = [
  'dichvucong.gov.vn',
  '*.dichvucong.gov.vn',
  'sso.dancuquocgia.gov.vn',
  'dichvucongnganhtuphap.moj.gov.vn',
  'tokhaidientu.moj.gov.vn',
] as const;

export const REQUIRED_MATCHES = REQUIRED_HOSTS.map((h) => `https://${h}/*`);

/**
 * Provincial, ministry and business-registration portals the real filing
 * flow hands the citizen to (other-portal-sites.data.ts, with their names).
 * Never asked for at install: each is an optional host the user grants, one
 * origin at a time, from the side panel.
 */
export const OTHER_PORTAL_HOSTS: readonly string[] = OTHER_PORTAL_SITE_DATA.map((site) => site.host);

export const OTHER_PORTAL_MATCHES = OTHER_PORTAL_HOSTS.map((h) => `https://${h}/*`);
