// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ChecklistRegion } from '@/components/ChecklistRegion';
import { I18nProvider } from '@/components/I18nContext';
import { type Checklist, checklistFromPortalRecord } from '@/lib/checklist';
import type { Lang } from '@/lib/i18n';
import { portalRecords } from '../support/shared-procedures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let records: Map<string, Record<string, unknown>>;
beforeAll(async () => {
  records = await portalRecords(['1.001193', '1.000931']);
}, 60_000);

let root: Root | null = null;
let host: HTMLElement | null = null;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

function render(checklist: Checklist, options: { lang?: Lang; actions?: React.ReactNode; unread?: string[] } = {}): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root?.render(
      <I18nProvider lang={options.lang ?? 'vi'}>
        <ChecklistRegion checklist={checklist} actions={options.actions} unread={options.unread} />
      </I18nProvider>,
    ),
  );
  const region = host.querySelector('section');
  expect(region).not.toBeNull();
  return region as HTMLElement;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Unfolds the full list (folded by default so the dock leaves the portal's buttons free). */
function unfold(region: HTMLElement): HTMLElement {
  const toggle = region.querySelector<HTMLButtonElement>('button.dvc-checklist__toggle');
  expect(toggle?.getAttribute('aria-expanded')).toBe('false');
  act(() => toggle?.click());
  expect(toggle?.getAttribute('aria-expanded')).toBe('true');
  return region;
}

describe('ChecklistRegion on the birth registration (1.001193)', () => {
  let checklist: Checklist;
  beforeAll(() => {
    checklist = checklistFromPortalRecord(records.get('1.001193')).checklist;
  });

  it('is a region named "Kiểm tra thành phần hồ sơ"', () => {
    const region = render(checklist);
    const title = region.ownerDocument.getElementById(region.getAttribute('aria-labelledby') ?? '');
    expect(text(title)).toBe('Kiểm tra thành phần hồ sơ');
    expect(region.tagName).toBe('SECTION');
  });

  it('starts folded: the summary and the held paper, not the whole list', () => {
    const region = render(checklist);
    expect(region.querySelector('.dvc-checklist__groups')?.hasAttribute('hidden')).toBe(true);
    expect(region.querySelectorAll('h3')).toHaveLength(0);
    const held = [...region.querySelectorAll('.dvc-checklist__held-summary li')].map(text);
    // The identity paper (VNeID) and the residence paper asked only if the database cannot answer (Điều 8).
    expect(held).toHaveLength(2);
    expect(held.some((line) => /^Hộ chiếu\/Thẻ căn cước công dân.*Đã có trong VNeID/.test(line))).toBe(true);
    expect(held.some((line) => /^Giấy tờ có giá trị chứng minh thông tin về cư trú.*Đã có trong CSDLQG về dân cư/.test(line))).toBe(true);
    expect(text(region.querySelector('.dvc-checklist__toggle'))).toBe(`Xem toàn bộ danh sách (${checklist.items.length} mục)`);
  });

  it('summarises what to do with the papers (notes are not counted)', () => {
    const papers = checklist.items.filter((i) => i.kind === 'paper');
    const count = (a: string) => papers.filter((p) => p.action === a).length;
    const summary = text(render(checklist).querySelector('.dvc-checklist__summary'));
    expect(summary).toContain(`${count('upload')} giấy tờ cần tải lên`);
    expect(summary).toContain(`${count('fill')} tờ khai điền trực tuyến`);
    expect(summary).toContain(`${count('skip')} giấy tờ không cần nộp`);
    expect(count('skip')).toBe(2);
  });

  it('lists papers by case, with notes muted and folded under their case', () => {
    const region = unfold(render(checklist));
    const titles = [...region.querySelectorAll('h3')].map(text);
    expect(titles).toEqual(['Giấy tờ phải nộp', 'Giấy tờ phải xuất trình', 'Lưu ý', 'Giấy tờ chung']);
    const caution = [...region.querySelectorAll('.dvc-checklist__group')].find((g) => text(g.querySelector('h3')) === 'Lưu ý');
    expect(caution?.querySelector('.dvc-checklist__list')).toBeNull();
    const notes = caution?.querySelector('details.dvc-checklist__notes');
    const noteCount = checklist.items.filter((i) => i.group === 'Lưu ý').length;
    expect(text(notes?.querySelector('summary'))).toBe(`Ghi chú (${noteCount})`);
    expect(notes?.querySelectorAll('li').length).toBe(noteCount);
  });

  it('says for the skipped paper where the state holds it and on which legal basis', () => {
    const skipped = [...unfold(render(checklist)).querySelectorAll('.dvc-checklist__item--skip')].find((li) => text(li).includes('VNeID'));
    expect(text(skipped)).toContain('Không cần nộp');
    expect(text(skipped)).toContain('Đã có trong VNeID');
    expect(text(skipped)).toContain('Căn cứ: NQ 66.7/2025/NQ-CP, Điều 4 khoản 1 điểm a; Luật Căn cước 2023');
    expect(text(skipped?.querySelector('.dvc-checklist__name'))).toMatch(/^Hộ chiếu\/Thẻ căn cước công dân/);
  });

  it('words the reasons in the UI language, not the Vietnamese stored with the item', () => {
    const region = unfold(render(checklist, { lang: 'en' }));
    const skipped = [...region.querySelectorAll('.dvc-checklist__item--skip')].map(text);
    expect(skipped.some((line) => line.includes('Not needed: the identity information'))).toBe(true);
    expect(skipped.some((line) => line.includes('Do not upload: give it only if the agency asks'))).toBe(true);
    expect(skipped.join(' ')).not.toContain('Không cần nộp:');
  });

  it('shows the counts in words', () => {
    const first = unfold(render(checklist)).querySelector('.dvc-checklist__item');
    expect(text(first?.querySelector('.dvc-checklist__counts'))).toBe('1 bản chính');
  });

  it('shows the actions slot (the guide button) under the summary', () => {
    const region = render(checklist, { actions: <button type="button">Hướng dẫn nộp trực tuyến</button> });
    expect(text(region.querySelector('.dvc-checklist__actions button'))).toBe('Hướng dẫn nộp trực tuyến');
  });

  it('follows the language setting', () => {
    const region = render(checklist, { lang: 'en' });
    expect(text(region.querySelector('.dvc-card__eyebrow'))).toBe('Dossier check');
  });
});

describe('ChecklistRegion details', () => {
  it('writes both counts and the template name — 1.000931', () => {
    const checklist = checklistFromPortalRecord(records.get('1.000931')).checklist;
    const first = unfold(render(checklist)).querySelector('.dvc-checklist__item');
    expect(text(first?.querySelector('.dvc-checklist__counts'))).toBe('1 bản chính, 1 bản sao');
    expect(text(first?.querySelector('.dvc-checklist__form'))).toBe('Mẫu: NA15.pdf');
  });

  it('renders page text as text, never as markup', () => {
    const checklist: Checklist = {
      procedure: null,
      items: [
        {
          name: '<img src=x onerror="window.hacked=1">Giấy tờ',
          kind: 'paper',
          group: '<b>Trường hợp</b>',
          original: 1,
          copies: 0,
          form: '<script>x</script>.doc',
          action: 'upload',
          heldBy: null,
          reason: 'Chụp hoặc quét rồi tải lên khi nộp trực tuyến.',
          legalBasis: null,
        },
      ],
    };
    const region = unfold(render(checklist));
    expect(region.querySelector('img, b, script')).toBeNull();
    expect(text(region)).toContain('<img src=x onerror="window.hacked=1">Giấy tờ');
  });

  it('with nothing read, still is the region and says what it could not read', () => {
    const missing = 'Không tìm thấy bảng “Thành phần hồ sơ” trên trang.';
    const region = render({ procedure: { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' }, items: [] }, { unread: [missing] });
    expect(text(region.ownerDocument.getElementById(region.getAttribute('aria-labelledby') ?? ''))).toBe('Kiểm tra thành phần hồ sơ');
    expect(text(region)).toContain('Chưa đọc được danh sách giấy tờ trên trang này.');
    expect([...region.querySelectorAll('.dvc-checklist__unread li')].map(text)).toEqual([missing]);
    expect(region.querySelector('.dvc-checklist__toggle')).toBeNull();
  });

  it('lists what it could not read under the unfolded list', () => {
    const checklist = checklistFromPortalRecord(records.get('1.001193')).checklist;
    const region = render(checklist, { unread: ['Bỏ qua 2 dòng không có tên giấy tờ.'] });
    expect(region.querySelector('.dvc-checklist__unread')).toBeNull();
    unfold(region);
    expect(text(region.querySelector('.dvc-checklist__unread'))).toBe('Bỏ qua 2 dòng không có tên giấy tờ.');
  });
});
