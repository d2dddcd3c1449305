import { beforeAll, describe, expect, it } from 'vitest';
import { Checklist, checklistFromDocument, checklistFromPortalRecord } from '@/lib/checklist';
import { readAllJsonl } from '../../scripts/shared-data';
import { detailPageHtml } from '../support/detail-page-html';
import { htmlPages } from '../support/html-pages';
import { portalRecords } from '../support/shared-procedures';

const page = htmlPages();

let records: Map<string, Record<string, unknown>>;
beforeAll(async () => {
  records = await portalRecords(['1.001193', '1.000931', '1.009628', '1.004222']);
}, 60_000);

describe('new portal: tables after "Thành phần hồ sơ"', () => {
  it.each(['1.001193', '1.000931', '1.004222'])('reads the same checklist from the page as from the record — %s', (code) => {
    const record = records.get(code);
    const fromPage = checklistFromDocument(page(detailPageHtml(record as never)));
    const fromRecord = checklistFromPortalRecord(record);
    expect(Checklist.parse(fromPage.checklist)).toEqual(Checklist.parse(fromRecord.checklist));
    expect(fromPage.checklist.items.length).toBeGreaterThan(0);
  });

  it('reads the procedure name and code from the "Tên thủ tục" / "Mã thủ tục" pairs', () => {
    const { checklist } = checklistFromDocument(page(detailPageHtml(records.get('1.001193') as never)));
    expect(checklist.procedure).toEqual({ code: '1.001193', name: 'Thủ tục đăng ký khai sinh' });
  });

  it('keeps case titles, "--" as no case, and one template per link', () => {
    const { checklist } = checklistFromDocument(page(detailPageHtml(records.get('1.000931') as never)));
    expect(checklist.items[0]).toMatchObject({ group: null, original: 1, copies: 1, form: 'NA15.pdf' });
    const { checklist: khaiSinh } = checklistFromDocument(page(detailPageHtml(records.get('1.001193') as never)));
    expect(new Set(khaiSinh.items.map((i) => i.group))).toEqual(new Set(['Giấy tờ phải nộp', 'Giấy tờ phải xuất trình', 'Lưu ý', null]));
  });

  it('ignores other tables on the page and says when there is no dossier table', () => {
    const { checklist, unread } = checklistFromDocument(page('<main><h2>Cách Thức Thực Hiện</h2><table><tr><th>Hình thức nộp</th></tr></table></main>'));
    expect(checklist).toEqual({ procedure: null, items: [] });
    expect(unread).toEqual(['Không tìm thấy bảng “Thành phần hồ sơ” trên trang.']);
  });

  it('reports rows whose count cell is empty', () => {
    const html = '<h2>Thành phần hồ sơ</h2><p>--</p><table><tr><th>Tên giấy tờ</th><th>Mẫu đơn, tờ khai</th><th>Số lượng</th></tr><tr><td>Giấy chứng sinh</td><td></td><td></td></tr></table>';
    const { checklist, unread } = checklistFromDocument(page(html));
    expect(checklist.items[0]).toMatchObject({ name: 'Giấy chứng sinh', original: null, copies: null });
    expect(unread).toEqual(['Không ghi số lượng bản cho 1 giấy tờ.']);
  });

  it('shows page text as text: markup inside a name is never interpreted', () => {
    const record = structuredClone(records.get('1.000931')) as { executionCases: { profileComponents: { name: string }[] }[] };
    const first = record.executionCases[0]?.profileComponents[0];
    if (first) first.name = '<img src=x onerror=alert(1)>Đơn xin phép';
    const { checklist } = checklistFromDocument(page(detailPageHtml(record)));
    expect(checklist.items[0]?.name).toBe('<img src=x onerror=alert(1)>Đơn xin phép');
  });
});

describe('old portal: table.table-result with data-title cells (other-portals.jsonl)', () => {
  let others: { name: string; format: string; dossier: string }[] = [];
  beforeAll(async () => {
    others = (await readAllJsonl<{ name: string; format: string; dossier: string }>('other-portals.jsonl')).filter((o) => o.format === 'html');
  });

  it('reads "Bản chính: 1 - Bản sao: 0", the case title and the template links — Đăng ký tạm trú', () => {
    const source = others.find((o) => o.name === 'Đăng ký tạm trú');
    expect(source?.dossier).toContain("data-title='Số lượng'");
    const { checklist } = checklistFromDocument(page(source?.dossier ?? ''));
    expect(checklist.items.map((i) => [i.name, i.group, i.original, i.copies, i.form, i.action])).toEqual([
      ['Phiếu báo thay đổi hộ khẩu, nhân khẩu (HK02)', 'Bao gồm', 1, 0, '93-Mẫu HK02-Phiếu báo thay đổi hộ khẩu, nhân khẩu.doc', 'fill'],
      ['Chứng minh nhân dân. (Khi đến nhận hồ sơ xin vui lòng mang theo)', 'Bao gồm', 1, 0, null, 'skip'],
      ['Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp (Khi đến nhận hồ sơ xin vui lòng mang theo)', 'Bao gồm', 1, 0, null, 'present'],
      ['Bản khai nhân khẩu (HK01)', 'Bao gồm', 1, 0, '92-Mẫu HK01-Bản khai nhân khẩu.doc', 'fill'],
    ]);
  });

  it('does not take a commented-out template link as the form — Cấp giấy chuyển hộ khẩu', () => {
    const source = others.find((o) => o.name === 'Cấp giấy chuyển hộ khẩu');
    expect(source?.dossier).toContain("{/* <a href='https://csdl.dichvucong.gov.vn/web/jsp/download_file.jsp?ma=3fc59bf71d7f35b8'>");
    const [book] = checklistFromDocument(page(source?.dossier ?? '')).checklist.items;
    expect(book).toMatchObject({ form: null, action: 'skip', heldBy: 'CSDLQG về dân cư' });
    expect(book?.name.startsWith('Sổ hộ khẩu (hoặc sổ hộ khẩu gia đình')).toBe(true);
  });
});
