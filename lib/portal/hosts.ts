/**
 * Hosts the extension works on, listed in ../shared/portal-notes.md ("Hosts
 * the extension needs"). Provincial and ministry portals are not asked for
 * yet: each will request its own origin at run time when it is supported.
 */
export const REQUIRED_HOSTS = [
  'dichvucong.gov.vn',
  '*.dichvucong.gov.vn',
  'sso.dancuquocgia.gov.vn',
  'dichvucongnganhtuphap.moj.gov.vn',
  'tokhaidientu.moj.gov.vn',
] as const;

export const REQUIRED_MATCHES = REQUIRED_HOSTS.map((h) => `https://${h}/*`);
