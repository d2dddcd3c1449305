/**
 * The provincial, ministry and business-registration portals the real filing
 * flow hands the citizen to (portal-notes, "Other portals the real flow
 * reaches"), each with the name a citizen knows it by. The one list behind
 * the optional host permissions (hosts.ts), the page detector and the
 * guide's hand-off card. Plain data (no zod): the eager content script reads
 * the hosts; other-portal-sites.ts validates it for everything else.
 */
export const OTHER_PORTAL_SITE_DATA = [
  { host: 'dichvucong.quangninh.gov.vn', kind: 'province', name: { vi: 'Cổng dịch vụ công tỉnh Quảng Ninh', en: 'Quảng Ninh province public service portal' } },
  { host: 'dichvucong.bacninh.gov.vn', kind: 'province', name: { vi: 'Cổng dịch vụ công tỉnh Bắc Ninh', en: 'Bắc Ninh province public service portal' } },
  { host: 'dichvucong.danang.gov.vn', kind: 'province', name: { vi: 'Cổng dịch vụ công thành phố Đà Nẵng', en: 'Đà Nẵng city public service portal' } },
  { host: 'dichvucong.lamdong.gov.vn', kind: 'province', name: { vi: 'Cổng dịch vụ công tỉnh Lâm Đồng', en: 'Lâm Đồng province public service portal' } },
  { host: 'dichvucong.quangngai.gov.vn', kind: 'province', name: { vi: 'Cổng dịch vụ công tỉnh Quảng Ngãi', en: 'Quảng Ngãi province public service portal' } },
  { host: 'dichvucong.khanhhoa.gov.vn', kind: 'province', name: { vi: 'Cổng dịch vụ công tỉnh Khánh Hòa', en: 'Khánh Hòa province public service portal' } },
  { host: 'dichvucong.ninhbinh.gov.vn', kind: 'province', name: { vi: 'Cổng dịch vụ công tỉnh Ninh Bình', en: 'Ninh Bình province public service portal' } },
  { host: '*.laichau.gov.vn', kind: 'province', name: { vi: 'Cổng dịch vụ công tỉnh Lai Châu', en: 'Lai Châu province public service portal' } },
  { host: 'dichvucongbyt.moh.gov.vn', kind: 'ministry', name: { vi: 'Cổng dịch vụ công Bộ Y tế', en: 'Ministry of Health public service portal' } },
  { host: 'dichvucongbnv.moha.gov.vn', kind: 'ministry', name: { vi: 'Cổng dịch vụ công Bộ Nội vụ', en: 'Ministry of Home Affairs public service portal' } },
  { host: 'motcua.moha.gov.vn', kind: 'ministry', name: { vi: 'Hệ thống một cửa điện tử Bộ Nội vụ', en: 'Ministry of Home Affairs one-stop system' } },
  { host: 'dichvucong-tthc.moit.gov.vn', kind: 'ministry', name: { vi: 'Cổng dịch vụ công Bộ Công Thương', en: 'Ministry of Industry and Trade public service portal' } },
  { host: 'dvc.moc.gov.vn', kind: 'ministry', name: { vi: 'Cổng dịch vụ công Bộ Xây dựng', en: 'Ministry of Construction public service portal' } },
  { host: 'dichvucong.bvhttdl.gov.vn', kind: 'ministry', name: { vi: 'Cổng dịch vụ công Bộ Văn hóa, Thể thao và Du lịch', en: 'Ministry of Culture, Sports and Tourism public service portal' } },
  { host: 'dichvucongnnmt.mae.gov.vn', kind: 'ministry', name: { vi: 'Cổng dịch vụ công Bộ Nông nghiệp và Môi trường', en: 'Ministry of Agriculture and Environment public service portal' } },
  { host: 'dvc.moet.gov.vn', kind: 'ministry', name: { vi: 'Cổng dịch vụ công Bộ Giáo dục và Đào tạo', en: 'Ministry of Education and Training public service portal' } },
  { host: 'hokinhdoanh.dkkd.gov.vn', kind: 'business', name: { vi: 'Hệ thống đăng ký hộ kinh doanh', en: 'household business registration system' } },
  { host: 'dangkyquamang.dkkd.gov.vn', kind: 'business', name: { vi: 'Hệ thống đăng ký doanh nghiệp qua mạng', en: 'online business registration system' } },
] as const;
