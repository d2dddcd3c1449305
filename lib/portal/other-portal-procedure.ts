import { type ProcedureHeader, readLabelledValue } from './procedure-header';

/** A national procedure code as printed anywhere on a page ("1.001193", "2.000987"). */
const CODE = /(?<![\d.])([1-3]\.\d{6})(?![\d.])/;
const LABEL = /^\s*(mã thủ tục|mã tthc|mã số)\s*:?\s*/i;

/**
 * The procedure an other portal's page is about: "Tên thủ tục"/"Mã thủ tục"
 * pairs when it has them (old-portal style), else the page's main heading and
 * the first national procedure code in its text. Null when neither is there.
 */
export function readOtherPortalProcedure(root: ParentNode): ProcedureHeader | null {
  const labelled = readLabelledValue(root, 'Tên thủ tục');
  const heading = (root.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const codeText = readLabelledValue(root, 'Mã thủ tục') ?? (root.querySelector('body') ?? root).textContent ?? '';
  const code = CODE.exec(codeText.replace(LABEL, ''))?.[1] ?? null;
  const name = labelled ?? heading;
  return name || code ? { name, code } : null;
}
