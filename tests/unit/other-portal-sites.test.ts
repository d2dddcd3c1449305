import { describe, expect, it } from 'vitest';
import { OTHER_PORTAL_HOSTS } from '@/lib/portal/hosts';
import { OTHER_PORTAL_SITES, OtherPortalSite, otherPortalSite } from '@/lib/portal/other-portal-sites';
import { OTHER_PORTAL_SITE_DATA } from '@/lib/portal/other-portal-sites.data';

describe('other portals: one data file for hosts and names', () => {
  it('is valid, without repeats, and is the very list the optional permissions are made of', () => {
    expect(OTHER_PORTAL_SITES.map((s) => s.host)).toEqual([...OTHER_PORTAL_HOSTS]);
    expect(new Set(OTHER_PORTAL_HOSTS).size).toBe(OTHER_PORTAL_HOSTS.length);
    for (const site of OTHER_PORTAL_SITES) expect(site.name.vi).not.toBe(site.name.en);
  });

  it.each([
    ['dichvucong.quangninh.gov.vn', 'Cổng dịch vụ công tỉnh Quảng Ninh'],
    ['DICHVUCONG.QUANGNINH.GOV.VN', 'Cổng dịch vụ công tỉnh Quảng Ninh'],
    ['dvc.laichau.gov.vn', 'Cổng dịch vụ công tỉnh Lai Châu'],
    ['dichvucongbyt.moh.gov.vn', 'Cổng dịch vụ công Bộ Y tế'],
    ['hokinhdoanh.dkkd.gov.vn', 'Hệ thống đăng ký hộ kinh doanh'],
  ])('%s is named “%s”', (host, name) => {
    expect(otherPortalSite(host)?.name.vi).toBe(name);
  });

  it.each(['dichvucong.gov.vn', 'dichvucong.quangninh.gov.vn.evil.example', 'evil-laichau.gov.vn', 'dichvucong.hanoi.gov.vn', ''])('%s is no known portal', (host) => {
    expect(otherPortalSite(host)).toBeNull();
  });

  it('rejects an entry that is not a .gov.vn host, has no name in a language, or an unknown kind', () => {
    const good = OTHER_PORTAL_SITE_DATA[0];
    expect(OtherPortalSite.safeParse(good).success).toBe(true);
    for (const bad of [
      { ...good, host: 'evil.example' },
      { ...good, host: 'https://dichvucong.quangninh.gov.vn/*' },
      { ...good, host: '*.gov.vn' },
      { ...good, name: { vi: 'Cổng', en: '' } },
      { ...good, kind: 'bank' },
    ]) {
      expect(OtherPortalSite.safeParse(bad).success).toBe(false);
    }
  });
});
