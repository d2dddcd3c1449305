/**
 * Hosts the extension works on. Required ones are listed in
 * ../shared/portal-notes.md ("Hosts the extension needs"); provincial and other
 * ministry portals are optional and requested at run time.
 */
export const REQUIRED_HOSTS = [
  'dichvucong.gov.vn',
  '*.dichvucong.gov.vn',
  'sso.dancuquocgia.gov.vn',
  'dichvucongnganhtuphap.moj.gov.vn',
  'tokhaidientu.moj.gov.vn',
] as const;

/** Provincial (`dichvucong.<province>.gov.vn`) and ministry portals. */
export const OPTIONAL_HOSTS = ['*.gov.vn'] as const;

export const REQUIRED_MATCHES = REQUIRED_HOSTS.map((h) => `https://${h}/*`);
