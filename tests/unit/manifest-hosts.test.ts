import { describe, expect, it } from 'vitest';
import { OTHER_PORTAL_HOSTS, OTHER_PORTAL_MATCHES, REQUIRED_MATCHES } from '@/lib/portal/hosts';
import { isOtherPortalHost, isOtherPortalPattern, otherPortalOrigin } from '@/lib/portal/other-portals';
import { detectPageFromUrl } from '@/lib/portal/page-kind';
import config from '../../wxt.config';

const manifest = config.manifest as { host_permissions: string[]; optional_host_permissions: string[]; permissions: string[] };

describe('manifest: the other portals are optional, one source', () => {
  it('asks for no new required host: the required hosts are exactly those of portal-notes', () => {
    expect(manifest.host_permissions).toEqual([
      'https://dichvucong.gov.vn/*',
      'https://*.dichvucong.gov.vn/*',
      'https://sso.dancuquocgia.gov.vn/*',
      'https://dichvucongnganhtuphap.moj.gov.vn/*',
      'https://tokhaidientu.moj.gov.vn/*',
    ]);
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.permissions).not.toContain('activeTab');
  });

  it('lists exactly the known other portals as optional hosts, none of them required or broad', () => {
    expect(manifest.optional_host_permissions).toEqual(OTHER_PORTAL_MATCHES);
    expect(OTHER_PORTAL_HOSTS.length).toBe(18);
    for (const pattern of manifest.optional_host_permissions) {
      expect(REQUIRED_MATCHES).not.toContain(pattern);
      expect(pattern).not.toMatch(/^https:\/\/\*\.gov\.vn/);
    }
  });
});

describe('other-portal hosts', () => {
  it.each([
    ['https://dichvucong.quangninh.gov.vn/TTHC/ChiTiet?id=1', 'https://dichvucong.quangninh.gov.vn/*'],
    ['https://dvc.laichau.gov.vn/', 'https://dvc.laichau.gov.vn/*'],
    ['https://dichvucongbyt.moh.gov.vn/x', 'https://dichvucongbyt.moh.gov.vn/*'],
  ])('%s is an other portal, granted as its own origin', (url, origin) => {
    expect(otherPortalOrigin(url)).toBe(origin);
    expect(detectPageFromUrl(url).site).toBe('other-portal');
    expect(isOtherPortalPattern(origin)).toBe(true);
  });

  it.each([
    'http://dichvucong.quangninh.gov.vn/',
    'https://dichvucong.quangninh.gov.vn.evil.example/',
    'https://evil-laichau.gov.vn/',
    'https://dichvucong.hanoi.gov.vn/',
    'not a url',
  ])('%s is not', (url) => {
    expect(otherPortalOrigin(url)).toBeNull();
    expect(detectPageFromUrl(url).site).not.toBe('other-portal');
  });

  it('a required host is never taken for an other portal', () => {
    for (const pattern of REQUIRED_MATCHES) expect(isOtherPortalPattern(pattern)).toBe(false);
    expect(isOtherPortalHost('dichvucong.gov.vn')).toBe(false);
  });
});
