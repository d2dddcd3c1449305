import { foldLabel } from './text-match';

export interface ProcedureHeader {
  code: string | null;
  name: string;
}

/**
 * Reads "Tên thủ tục" / "Mã thủ tục" from a detail page: the value is the
 * element right after the element whose whole text is the label. Works on
 * the new portal's label/value pairs and on old-portal tables (th + td).
 */
export function readLabelledValue(root: ParentNode, label: string): string | null {
  const wanted = foldLabel(label);
  for (const el of Array.from(root.querySelectorAll('dt, th, td, span, div, p, label, strong, b'))) {
    if (el.children.length > 0 || foldLabel(el.textContent ?? '') !== wanted) continue;
    const value = (el.nextElementSibling?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (value) return value;
  }
  return null;
}

export function readProcedureHeader(root: ParentNode): ProcedureHeader | null {
  const name = readLabelledValue(root, 'Tên thủ tục');
  if (!name) return null;
  return { name, code: readLabelledValue(root, 'Mã thủ tục') };
}
