/**
 * A procedure detail page in the new portal's markup contract, rendered from a
 * real portal record: label/value pairs "Tên thủ tục" / "Mã thủ tục", then after
 * the "Thành phần hồ sơ" heading one block per case (title, `--` when untitled,
 * then a table Tên giấy tờ | Mẫu đơn, tờ khai | Số lượng with counts like
 * "1 bản chính,1 bản sao"). Used where the replica is not needed (unit, CLI).
 */
interface RecordShape {
  code?: string;
  name?: string;
  isWard?: boolean;
  isProvince?: boolean;
  isMinistry?: boolean;
  categories?: string[];
  executionCases?: {
    name?: string | null;
    profileComponents?: { name?: string | null; originalQty?: number; copyQty?: number; attachments?: { fileName?: string | null }[] | null }[] | null;
  }[];
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** "1 bản chính", "1 bản chính,1 bản sao", "1 bản sao", "0 bản chính", as the portal writes counts. */
function countCell(original: number, copies: number): string {
  if (copies > 0 && original > 0) return `${original} bản chính,${copies} bản sao`;
  return copies > 0 ? `${copies} bản sao` : `${original} bản chính`;
}

/** "Cấp bộ, Cấp tỉnh, Cấp xã", as the page words the record's levels. */
const levelText = (r: RecordShape) =>
  [r.isMinistry && 'Cấp bộ', r.isProvince && 'Cấp tỉnh', r.isWard && 'Cấp xã'].filter(Boolean).join(', ');

export function detailPageHtml(record: RecordShape): string {
  const cases = (record.executionCases ?? [])
    .map((c) => {
      const rows = (c.profileComponents ?? [])
        .map((p) => {
          const links = (p.attachments ?? []).map((a) => `<a href="#">${escapeHtml(a.fileName ?? '')}</a>`).join('');
          return `<tr><td>${escapeHtml(p.name ?? '')}</td><td>${links}</td><td>${countCell(p.originalQty ?? 0, p.copyQty ?? 0)}</td></tr>`;
        })
        .join('');
      return `<div><p>${escapeHtml(c.name || '--')}</p><table><thead><tr><th>Tên giấy tờ</th><th>Mẫu đơn, tờ khai</th><th>Số lượng</th></tr></thead><tbody>${rows}</tbody></table></div>`;
    })
    .join('');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(record.name ?? '')}</title></head><body><main>
<h1>${escapeHtml(record.name ?? '')}</h1>
<dl><dt>Tên thủ tục</dt><dd>${escapeHtml(record.name ?? '')}</dd><dt>Mã thủ tục</dt><dd>${escapeHtml(record.code ?? '')}</dd>
<dt>Cấp thực hiện</dt><dd>${levelText(record)}</dd><dt>Lĩnh vực</dt><dd>${escapeHtml((record.categories ?? []).join(', '))}</dd>
<dt>Cơ quan có thẩm quyền</dt><dd></dd></dl>
<section><h2>Cách Thức Thực Hiện</h2><table><thead><tr><th>Hình thức nộp</th><th>Thời gian</th><th>Phí, lệ phí</th><th>Mô tả</th></tr></thead><tbody><tr><td>Trực tuyến</td><td></td><td></td><td></td></tr></tbody></table></section>
<section><h2>Thành phần hồ sơ</h2>${cases}</section>
</main></body></html>`;
}
