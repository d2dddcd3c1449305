// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findSubmitButton, readFilingProcedure } from '../../lib/portal/filing-procedure';
import { readUploadRows, uploadRowOfTrigger, uploadTriggerOf } from '../../lib/portal/upload-rows';
import { missingItemNames } from '../../lib/precheck/missing';
import { checklistFromUploadRows } from '../../lib/precheck/page-checklist';

/** The one-page filing's papers table, as the notes describe it (visible text and titles only). */
const FILING = `
  <h1>Nộp hồ sơ trực tuyến</h1><p>Đăng ký tạm trú</p>
  <table><tbody>
    <tr><td>1</td><td>Ví dụ: Trường hợp giấy tờ chứng minh chỗ ở là …</td><td>0 bản chính</td><td><ul></ul></td><td><button title="Tải lên file"><svg></svg></button></td></tr>
    <tr><td>2</td><td>Giấy tờ chứng minh chỗ ở hợp pháp</td><td>1 bản chính,1 bản sao</td><td><ul><li>nha.pdf</li></ul></td><td><button title="Tải lên file"><svg></svg></button></td></tr>
    <tr><td>3</td><td>Tờ khai thay đổi thông tin cư trú (Mẫu CT01)</td><td>1 bản chính</td><td><ul></ul></td><td><button title="Tải lên file"><svg></svg></button></td></tr>
    <tr><td>4</td><td>Bản sao Căn cước công dân</td><td>1 bản sao</td><td><ul></ul></td><td><button title="Tải lên file"><svg></svg></button></td></tr>
  </tbody></table>
  <button>Quay lại</button><button> Lưu và nộp hồ sơ </button>`;

/** The Justice wizard's Bước 3 table. */
const WIZARD = `
  <table><tbody>
    <tr><td>1</td><td><div><span>Tờ khai điện tử</span><span>Bắt buộc</span></div></td><td><ul><li>ToKhai.pdf</li></ul></td></tr>
    <tr><td>2</td><td><div><span>Giấy chứng sinh</span><span>Bắt buộc</span></div></td><td><ul></ul><button>Chọn tệp đính kèm</button></td></tr>
    <tr><td>3</td><td><div><span>Văn bản ủy quyền</span></div></td><td><ul></ul><button>Chọn tệp đính kèm</button></td></tr>
  </tbody></table>
  <button data-e2e="btn-next">Bước tiếp theo</button>`;

/**
 * An e-form papers table ("Loại bản" column, `Chọn tệp tin` per row), with the
 * mobile layout's copy of it kept in the DOM but not shown, and a save-draft
 * button beside the submit one.
 */
const EFORM = `
  <h1>Nộp hồ sơ trực tuyến</h1><p>Đăng ký khai tử</p>
  <table><thead><tr><th>STT</th><th>Tên giấy tờ</th><th>Loại bản</th><th>Tệp</th><th></th></tr></thead><tbody>
    <tr><td>1</td><td>Giấy báo tử hoặc giấy tờ thay thế giấy báo tử</td><td>Bản chính</td><td><ul></ul></td><td><button type="button">Chọn tệp tin</button></td></tr>
    <tr><td>2</td><td>Văn bản ủy quyền</td><td>Bản sao</td><td><ul></ul></td><td><button type="button">Chọn tệp tin</button></td></tr>
  </tbody></table>
  <div data-layout="mobile"><table><tbody>
    <tr><td>Giấy báo tử hoặc giấy tờ thay thế giấy báo tử</td><td><button type="button">Chọn tệp tin</button></td></tr>
    <tr><td>Văn bản ủy quyền</td><td><button type="button">Chọn tệp tin</button></td></tr>
  </tbody></table></div>
  <button>Lưu hồ sơ</button><button>Lưu và nộp hồ sơ</button>`;

/** Liên thông's papers table (guess: its button label, "Chọn tệp"). */
const LIENTHONG = `
  <table><tbody>
    <tr><td>1</td><td>Giấy chứng sinh</td><td><button type="button">Chọn tệp</button></td></tr>
    <tr><td>2</td><td>Văn bản ủy quyền</td><td><button type="button">Chọn tệp</button></td></tr>
  </tbody></table>
  <button type="button">Lưu nháp</button><button type="button">Nộp hồ sơ</button>`;

const page = (html: string) => {
  document.body.innerHTML = html;
  return document;
};

describe('upload rows', () => {
  it('reads the one-page filing rows: name, counts, no required marks', () => {
    const doc = page(FILING);
    expect(readUploadRows(doc)).toEqual([
      { key: '0', label: 'Ví dụ: Trường hợp giấy tờ chứng minh chỗ ở là …', countsText: '0 bản chính', required: null },
      { key: '1', label: 'Giấy tờ chứng minh chỗ ở hợp pháp', countsText: '1 bản chính,1 bản sao', required: null },
      { key: '2', label: 'Tờ khai thay đổi thông tin cư trú (Mẫu CT01)', countsText: '1 bản chính', required: null },
      { key: '3', label: 'Bản sao Căn cước công dân', countsText: '1 bản sao', required: null },
    ]);
    const svg = doc.querySelectorAll('button[title="Tải lên file"] svg')[2] as Element;
    const trigger = uploadTriggerOf(svg, doc) as Element;
    expect(uploadRowOfTrigger(trigger, doc)?.label).toBe('Tờ khai thay đổi thông tin cư trú (Mẫu CT01)');
    expect(readFilingProcedure(doc)).toEqual({ code: '', name: 'Đăng ký tạm trú' });
    expect(findSubmitButton(doc)?.textContent?.trim()).toBe('Lưu và nộp hồ sơ');
  });

  it('reads the wizard rows with their "Bắt buộc" marks', () => {
    const doc = page(WIZARD);
    expect(readUploadRows(doc).map((r) => [r.label, r.required])).toEqual([
      ['Giấy chứng sinh', true],
      ['Văn bản ủy quyền', false],
    ]);
    expect(uploadTriggerOf(doc.querySelector('span') as Element, doc)).toBeNull();
    expect(findSubmitButton(doc)?.textContent).toBe('Bước tiếp theo');
  });

  it('turns rows into the page checklist, classified: notes, declarations, held papers and unmarked wizard rows are never missing', () => {
    const filing = checklistFromUploadRows(null, readUploadRows(page(FILING)));
    expect(filing.items.map((i) => [i.kind, i.original, i.copies, i.action, i.heldBy])).toEqual([
      ['note', null, null, 'upload', null],
      ['paper', 1, 1, 'upload', null],
      ['paper', 1, null, 'fill', null],
      ['paper', null, 1, 'skip', 'VNeID'],
    ]);
    expect(missingItemNames(filing, new Set())).toEqual(['Giấy tờ chứng minh chỗ ở hợp pháp']);
    expect(missingItemNames(filing, new Set([1]))).toEqual([]);
    const wizard = checklistFromUploadRows(null, readUploadRows(page(WIZARD)));
    expect(missingItemNames(wizard, new Set())).toEqual(['Giấy chứng sinh']);
  });

  it('reads e-form rows by "Chọn tệp tin", visible rows only, and submits with "Lưu và nộp hồ sơ", not the draft button', () => {
    const doc = page(EFORM);
    // The browser layer's visibility test: the mobile copy is laid out nowhere.
    const isShown = (el: Element) => !el.closest('[data-layout="mobile"]');
    const rows = readUploadRows(doc, { isShown });
    expect(rows.map((r) => [r.key, r.label, r.countsText])).toEqual([
      ['0', 'Giấy báo tử hoặc giấy tờ thay thế giấy báo tử', null],
      ['1', 'Văn bản ủy quyền', null],
    ]);
    const hiddenCopy = doc.querySelectorAll('[data-layout="mobile"] button')[1] as Element;
    expect(uploadTriggerOf(hiddenCopy, doc, { isShown })).toBeNull();
    const second = doc.querySelectorAll('tbody')[0]?.querySelectorAll('button')[1] as Element;
    expect(uploadRowOfTrigger(second, doc, { isShown })?.label).toBe('Văn bản ủy quyền');
    expect(findSubmitButton(doc)?.textContent).toBe('Lưu và nộp hồ sơ');
    // Without the visibility test the copy would count twice: the test above can fail.
    expect(readUploadRows(doc)).toHaveLength(4);
    // Hidden by markup counts as hidden without any layout.
    doc.querySelector('[data-layout="mobile"]')?.setAttribute('hidden', '');
    expect(readUploadRows(doc)).toHaveLength(2);
  });

  it('reads liên thông rows and its submit button', () => {
    const doc = page(LIENTHONG);
    expect(readUploadRows(doc).map((r) => r.label)).toEqual(['Giấy chứng sinh', 'Văn bản ủy quyền']);
    expect(findSubmitButton(doc)?.textContent).toBe('Nộp hồ sơ');
  });
});
