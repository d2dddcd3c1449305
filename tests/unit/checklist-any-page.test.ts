import { beforeAll, describe, expect, it } from 'vitest';
import { Checklist } from '@/lib/checklist';
import { checklistFromAnyPage } from '@/lib/checklist/from-any-page';
import { readAllJsonl } from '../../scripts/shared-data';
import { htmlPages } from '../support/html-pages';
import { type OtherPortalRecord, otherPortalPage } from '../support/other-portal-html';

const page = htmlPages();

let records: OtherPortalRecord[];
beforeAll(async () => {
  records = await readAllJsonl<OtherPortalRecord>('other-portals.jsonl');
});

const byName = (start: string) => {
  const record = records.find((r) => r.name.startsWith(start));
  if (!record) throw new Error(`no record ${start}`);
  return checklistFromAnyPage(page(otherPortalPage(record)));
};
const item = (result: ReturnType<typeof checklistFromAnyPage>, start: string) => {
  const found = result.checklist.items.find((i) => i.name.startsWith(start));
  if (!found) throw new Error(`no item ${start} in ${result.checklist.items.map((i) => i.name).join(' | ')}`);
  return found;
};

describe('generic reader on other portals (../shared/data/other-portals.jsonl)', () => {
  it('reads every record without throwing, into a valid checklist with rows', () => {
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      const result = checklistFromAnyPage(page(otherPortalPage(record)));
      expect(() => Checklist.parse(result.checklist), record.name).not.toThrow();
      expect(result.checklist.items.length, record.name).toBeGreaterThan(0);
    }
  });

  it('old portal (table.table-result, data-title cells): counts, case title and only the linked template', () => {
    const result = byName('Cấp giấy chuyển hộ khẩu');
    expect(result.checklist.items).toHaveLength(2);
    const book = item(result, 'Sổ hộ khẩu');
    expect([book.original, book.copies, book.group, book.form]).toEqual([1, 0, 'Bao gồm', null]);
    expect(item(result, 'Phiếu báo thay đổi hộ khẩu').form).toContain('93-Mẫu HK02-Phiếu báo thay đổi hộ khẩu, nhân khẩu.doc');
    expect(result.unread).toEqual([]);
  });

  it('provincial excerpt (Tây Ninh): a count shifted into the template column is still the count', () => {
    const result = byName('Cấp Giấy xác nhận tình trạng hôn nhân');
    const divorced = item(result, 'Công dân Việt Nam đã ly hôn');
    expect([divorced.original, divorced.copies]).toEqual([0, 1]);
    expect(item(result, 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân').form).toBe('19. TK cấp Giấy XNTTHN.doc');
  });

  it('ward print page (Mộ Lao): "Bản chính: 1 Bản sao: 0" without a dash', () => {
    const result = byName('Đăng ký khai sinh lưu động');
    const birth = item(result, 'Bản chính Giấy chứng sinh');
    expect([birth.original, birth.copies]).toEqual([1, 0]);
    expect(item(result, 'Tờ khai đăng ký khai sinh').form).toBe('1. TK đăng ký khai sinh.doc');
  });

  it('says plainly when a page has no papers table, and reads the procedure code from the text', () => {
    const result = checklistFromAnyPage(page('<body><h1>Đăng ký khai sinh</h1><p>Mã thủ tục: 1.001193</p><table><tr><th>STT</th><th>Tên</th></tr></table></body>'));
    expect(result.checklist.items).toEqual([]);
    expect(result.unread.join(' ')).toMatch(/Không tìm thấy bảng/);
    expect(result.checklist.procedure).toEqual({ code: '1.001193', name: 'Đăng ký khai sinh' });
  });

  it('hostile: a cell full of markup-looking text stays text; a huge page does not throw', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const html = `<table><tr><th>Tên giấy tờ</th><th>Số lượng</th></tr><tr><td>${evil.replace(/</g, '&lt;')}</td><td>Bản chính: 1 - Bản sao: 0</td></tr>${'<tr><td>x</td><td>y</td></tr>'.repeat(400)}</table>`;
    const result = checklistFromAnyPage(page(`<body>${html}</body>`));
    expect(result.checklist.items[0]?.name).toContain('<img');
  });
});
