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

/** The detail page's other labelled facts the catalog keeps; null when the page leaves one empty. */
export interface ProcedureFacts {
  /** "Lĩnh vực" */
  field: string | null;
  /** "Cấp thực hiện", as worded ("Cấp tỉnh, Cấp xã"). */
  level: string | null;
  /** "Cơ quan có thẩm quyền" */
  agency: string | null;
}

export function readProcedureFacts(root: ParentNode): ProcedureFacts {
  return {
    field: readLabelledValue(root, 'Lĩnh vực'),
    level: readLabelledValue(root, 'Cấp thực hiện'),
    agency: readLabelledValue(root, 'Cơ quan có thẩm quyền'),
  };
}
