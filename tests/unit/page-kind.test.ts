import { describe, expect, it } from 'vitest';
import { detectPageFromUrl } from '@/lib/portal/page-kind';

const UUID = '019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7';

describe('detectPageFromUrl', () => {
  it.each([
    ['https://dichvucong.gov.vn/', 'home'],
    [`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${UUID}`, 'procedure-detail'],
    [`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${UUID}/`, 'procedure-detail'],
    [`https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?formalityId=${UUID}&province=01`, 'agency-choice'],
    ['https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword=khai%20sinh', 'procedure-search'],
    ['https://dichvucong.gov.vn/tra-cuu-thu-tuc/danh-sach', 'procedure-search'],
    ['https://dichvucong.gov.vn/dvc-dich-vu-cong-truc-tuyen', 'procedure-search'],
    [`https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=${UUID}`, 'filing-form'],
    ['https://dichvucong.gov.vn/tra-cuu-ho-so', 'dossier-lookup'],
    ['https://dichvucong.gov.vn/thanh-toan-truc-tuyen', 'payment'],
    ['https://dichvucong.gov.vn/sso?code=abc', 'sign-in'],
    [
      'https://sso.dancuquocgia.gov.vn/auth?response_type=code&client_id=sso-c12-dvc-web&redirect_uri=https%3A%2F%2Fdichvucong.gov.vn%2Fsso&scope=openid',
      'sign-in',
    ],
    ['https://vpcp.dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=2456', 'procedure-detail'],
    ['https://vpcp.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193', 'procedure-detail'],
    ['https://dichvucongnganhtuphap.moj.gov.vn/', 'wizard-general'],
    [`https://dichvucong.gov.vn/nop-ho-so?formalityId=${UUID}`, 'filing-form'],
    [`https://dichvucong.gov.vn/nop-ho-so?formalityId=${UUID}&province=01&ward=00004`, 'filing-form'],
    ['https://lienthong.dichvucong.gov.vn/#/ke-khai/2.000987', 'filing-form'],
    ['https://lienthong.dichvucong.gov.vn/#/ke-khai/1.001193/', 'filing-form'],
    ['https://xacthuc.dichvucong.gov.vn/', 'sign-in'],
    ['https://xacthuc.dichvucong.gov.vn/dang-nhap?returnUrl=%2F', 'sign-in'],
  ])('%s → %s', (url, kind) => {
    expect(detectPageFromUrl(url).kind).toBe(kind);
  });

  it.each([
    ['http://dichvucong.gov.vn/', 'plain http is not the portal'],
    ['https://dichvucong.gov.vn.evil.example/thu-tuc-hanh-chinh/' + UUID, 'look-alike host'],
    ['https://evil-dichvucong.gov.vn/', 'suffix without a dot'],
    ['https://dichvucong.gov.vn/thu-tuc-hanh-chinh/not-a-uuid', 'detail path without a UUID'],
    ['https://dichvucong.gov.vn/nop-ho-so', 'filing without a case id'],
    ['https://dichvucong.gov.vn/nop-ho-so?formalityId=abc', 'filing with a formalityId that is not a UUID'],
    ['https://lienthong.dichvucong.gov.vn/', 'liên thông home'],
    ['https://lienthong.dichvucong.gov.vn/#/tra-cuu', 'another liên thông route'],
    ['https://lienthong.dichvucong.gov.vn/ke-khai/2.000987', 'the form path without the hash route'],
    ['https://lienthong.dichvucong.gov.vn.evil.example/#/ke-khai/2.000987', 'look-alike liên thông host'],
    ['https://sso.dancuquocgia.gov.vn/xac-thuc', 'a VNeID page that is not its sign-in'],
    ['https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html', 'old detail without ma_thu_tuc'],
    ['https://example.com/thu-tuc-hanh-chinh/' + UUID, 'another site'],
    ['not a url', 'garbage'],
  ])('%s is not a known portal page (%s)', (url) => {
    expect(detectPageFromUrl(url).kind).toBe('unknown');
  });

  it('tells the sites apart: liên thông and xacthuc are not the old portal', () => {
    expect(detectPageFromUrl('https://lienthong.dichvucong.gov.vn/#/ke-khai/2.000987')).toEqual({
      site: 'lienthong',
      kind: 'filing-form',
      procedureId: '2.000987',
      caseId: null,
    });
    expect(detectPageFromUrl('https://xacthuc.dichvucong.gov.vn/').site).toBe('vneid');
    expect(detectPageFromUrl('https://vpcp.dichvucong.gov.vn/p/home/dvc-trang-chu.html').site).toBe('old-portal');
    expect(detectPageFromUrl(`https://dichvucong.gov.vn/nop-ho-so?formalityId=${UUID}`)).toMatchObject({ procedureId: UUID, caseId: null });
  });

  it('extracts the procedure and case ids', () => {
    expect(detectPageFromUrl(`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${UUID.toUpperCase()}`).procedureId).toBe(UUID);
    expect(detectPageFromUrl(`https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=${UUID}`).caseId).toBe(UUID);
  });
});
