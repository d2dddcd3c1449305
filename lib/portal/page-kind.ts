/** Every kind of page the extension tells apart on the portal and the sites the flow crosses. */
// Plain data (no zod): this module is part of the eager content script, kept small.
import { isOtherPortalHost } from './other-portals';

export const PAGE_KINDS = [
  'home',
  'procedure-search',
  'procedure-detail',
  'agency-choice',
  'sign-in',
  'filing-form',
  'wizard-general',
  'wizard-step-1',
  'wizard-step-2',
  'wizard-step-3',
  'wizard-step-4',
  'document-dialog',
  'success',
  'dossier-lookup',
  'payment',
  'unknown',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/**
 * `lienthong`: the liên thông portal (birth, death… registered together with residence and insurance).
 * `other-portal`: a provincial or ministry portal the user granted (hosts.ts, OTHER_PORTAL_HOSTS).
 */
export type Site = 'portal' | 'old-portal' | 'lienthong' | 'vneid' | 'justice' | 'other-portal' | 'other';

export interface PageFromUrl {
  site: Site;
  kind: PageKind;
  /** UUID of a new-portal procedure, the old portal's `ma_thu_tuc`, or the liên thông procedure code. */
  procedureId: string | null;
  /** `formalityCaseId` of the one-page filing (null when its URL names the procedure only, `formalityId`). */
  caseId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function siteOf(host: string): Site {
  const h = host.toLowerCase();
  if (h === 'dichvucong.gov.vn' || h === 'www.dichvucong.gov.vn') return 'portal';
  if (h === 'lienthong.dichvucong.gov.vn') return 'lienthong';
  // The portal's own sign-in host answers like the VNeID one (portal-notes: captures of 2026).
  if (h === 'sso.dancuquocgia.gov.vn' || h === 'xacthuc.dichvucong.gov.vn') return 'vneid';
  if (h.endsWith('.dichvucong.gov.vn')) return 'old-portal';
  if (h === 'dichvucongnganhtuphap.moj.gov.vn' || h === 'tokhaidientu.moj.gov.vn') return 'justice';
  return isOtherPortalHost(h) ? 'other-portal' : 'other';
}

/**
 * Classifies a page from its URL alone. Pages whose kind lives in the DOM
 * (wizard steps, dialogs, success screens) are refined by `detectPageFromDom`.
 */
export function detectPageFromUrl(href: string): PageFromUrl {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { site: 'other', kind: 'unknown', procedureId: null, caseId: null };
  }
  const site = url.protocol === 'https:' ? siteOf(url.hostname) : 'other';
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const q = url.searchParams;
  const page = (kind: PageKind, procedureId: string | null = null, caseId: string | null = null) => ({
    site,
    kind,
    procedureId,
    caseId,
  });

  if (site === 'portal' || site === 'old-portal') {
    const detail = /^\/thu-tuc-hanh-chinh\/([^/]+)$/.exec(path);
    if (detail?.[1] && UUID.test(detail[1])) return page('procedure-detail', detail[1].toLowerCase());
    if (path === '/' || path === '/p/home/dvc-trang-chu.html') return page('home');
    if (path === '/tim-kiem-thu-tuc-hanh-chinh') {
      const formality = q.get('formalityId');
      return formality && UUID.test(formality) ? page('agency-choice', formality.toLowerCase()) : page('procedure-search');
    }
    if (['/thu-tuc-hanh-chinh', '/tra-cuu-thu-tuc/danh-sach', '/dvc-dich-vu-cong-truc-tuyen'].includes(path)) {
      return page('procedure-search');
    }
    if (path === '/nop-ho-so') {
      // Both names are used for the one-page filing; extra parameters do not matter.
      const caseId = q.get('formalityCaseId');
      if (caseId && UUID.test(caseId)) return page('filing-form', null, caseId.toLowerCase());
      const formality = q.get('formalityId');
      return formality && UUID.test(formality) ? page('filing-form', formality.toLowerCase()) : page('unknown');
    }
    if (path === '/tra-cuu-ho-so') return page('dossier-lookup');
    if (path === '/thanh-toan-truc-tuyen') return page('payment');
    if (path === '/sso') return page('sign-in');
    const old = /^\/p\/home\/(dvc-tthc-thu-tuc-hanh-chinh-chi-tiet|dvc-chi-tiet-thu-tuc-hanh-chinh)\.html$/.exec(path);
    const oldCode = q.get('ma_thu_tuc');
    if (old && oldCode) return page('procedure-detail', oldCode);
    if (/^\/p\/home\/dvc-(tthc-thu-tuc-hanh-chinh|danh-sach-tthc|tim-kiem)/.test(path)) return page('procedure-search');
    if (path === '/p/home/dvc-tra-cuu-ho-so.html') return page('dossier-lookup');
    return page('unknown');
  }
  if (site === 'lienthong') {
    // An Angular app with hash routes: `#/ke-khai/<procedure code>` is its filing form.
    const declare = /^#\/ke-khai\/([0-9A-Za-z.]+)\/?$/.exec(url.hash);
    return declare?.[1] ? page('filing-form', declare[1]) : page('unknown');
  }
  // guess: every page of xacthuc.dichvucong.gov.vn is a sign-in step (its paths were not captured).
  if (site === 'vneid') return page(path.startsWith('/auth') || path === '/' || url.hostname !== 'sso.dancuquocgia.gov.vn' ? 'sign-in' : 'unknown');
  if (site === 'justice') return page('wizard-general');
  return page('unknown');
}
