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
 * flow hands the citizen to (portal-notes, "Other portals the real flow
 * reaches"). Never asked for at install: each is an optional host the user
 * grants, one origin at a time, from the side panel.
 */
export const OTHER_PORTAL_HOSTS = [
  'dichvucong.quangninh.gov.vn',
  'dichvucong.bacninh.gov.vn',
  'dichvucong.danang.gov.vn',
  'dichvucong.lamdong.gov.vn',
  'dichvucong.quangngai.gov.vn',
  'dichvucong.khanhhoa.gov.vn',
  'dichvucong.ninhbinh.gov.vn',
  '*.laichau.gov.vn',
  'dichvucongbyt.moh.gov.vn',
  'dichvucongbnv.moha.gov.vn',
  'motcua.moha.gov.vn',
  'dichvucong-tthc.moit.gov.vn',
  'dvc.moc.gov.vn',
  'dichvucong.bvhttdl.gov.vn',
  'dichvucongnnmt.mae.gov.vn',
  'dvc.moet.gov.vn',
  'hokinhdoanh.dkkd.gov.vn',
  'dangkyquamang.dkkd.gov.vn',
] as const;

export const OTHER_PORTAL_MATCHES = OTHER_PORTAL_HOSTS.map((h) => `https://${h}/*`);
