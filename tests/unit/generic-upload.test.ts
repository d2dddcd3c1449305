import { describe, expect, it } from 'vitest';
import { genericUploadTriggers } from '@/lib/portal/generic-upload';
import { readUploadRows } from '@/lib/portal/upload-rows';
import { htmlPages } from '../support/html-pages';

const page = htmlPages();
const options = { findTriggers: genericUploadTriggers };

describe('generic upload controls on other portals', () => {
  it('one row per table row, whether a visible input or a button opens the choice; its paper name and count', () => {
    const doc = page(`<body><table>
      <tr><th>STT</th><th>Tên giấy tờ</th><th>Số lượng</th><th></th></tr>
      <tr><td>1</td><td>- Tờ khai CT01</td><td>1 bản chính</td><td><input type="file"></td></tr>
      <tr><td>2</td><td>Giấy chứng sinh</td><td>1 bản sao</td><td><button type="button">Chọn tệp</button></td></tr>
      <tr><td>3</td><td>Ảnh chân dung</td><td>2 bản chính</td><td><button>Tải lên</button><input type="file"></td></tr>
      <tr><td>4</td><td>Ghi chú</td><td></td><td><button>Xem mẫu</button></td></tr>
    </table><input type="file" hidden id="shared"></body>`);
    const rows = readUploadRows(doc, options);
    expect(rows.map((r) => [r.label, r.countsText])).toEqual([
      ['Tờ khai CT01', '1 bản chính'],
      ['Giấy chứng sinh', '1 bản sao'],
      ['Ảnh chân dung', '2 bản chính'],
    ]);
  });

  it('list items with a label for a hidden input; hidden and inert controls do not count', () => {
    const doc = page(`<body><ul>
      <li><span>Giấy phép hành nghề</span> <label for="a">Đính kèm</label><input id="a" type="file" hidden></li>
      <li hidden><span>Ẩn</span><input type="file"></li>
      <li inert><span>Không dùng</span><button>Chọn tệp</button></li>
    </ul></body>`);
    expect(readUploadRows(doc, options).map((r) => r.label)).toEqual(['Giấy phép hành nghề']);
  });

  it('a long sentence that merely starts with "Tải lên" is not a button label', () => {
    const doc = page('<body><table><tr><td>Hồ sơ</td><td><a href="#">Tải lên các giấy tờ theo hướng dẫn tại mục dưới đây của trang</a></td></tr></table></body>');
    expect(genericUploadTriggers(doc)).toEqual([]);
  });
});
