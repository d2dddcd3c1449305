import { fold } from '@/lib/text';

export interface Counts {
  original: number | null;
  copies: number | null;
}

export const UNKNOWN_COUNTS: Counts = { original: null, copies: null };

/**
 * A whole count cell: "1 bản chính,1 bản sao", "01 bản sao", "Bản chính: 1 - Bản sao: 0",
 * "Bản chính: 1 Bản sao: 0". Null when the cell says nothing countable.
 */
export function parseCountCell(cell: string): Counts | null {
  const text = fold(cell);
  if (!text) return null;
  // The old portal's "Bản chính: 1 - Bản sao: 0" folds to "ban chinh 1 ban sao 0".
  const labelled = /^ban chinh (\d+)(?: ban sao (\d+))?$|^ban sao (\d+)$/.exec(text);
  if (labelled) return { original: Number(labelled[1] ?? 0), copies: Number(labelled[2] ?? labelled[3] ?? 0) };
  let original: number | null = null;
  let copies: number | null = null;
  for (const m of text.matchAll(/(\d+) ban (chinh|goc|sao|chup)/g)) {
    const n = Number(m[1]);
    if (m[2] === 'chinh' || m[2] === 'goc') original = (original ?? 0) + n;
    else copies = (copies ?? 0) + n;
  }
  if (original === null && copies === null) return null;
  return { original: original ?? 0, copies: copies ?? 0 };
}

/**
 * Counts stated inside a paper's own wording, for sources without a count
 * column: "01 bản chính", "02 bản sao", "bản sao có chứng thực hoặc bản sao
 * kèm bản chính để đối chiếu" (one copy; the original is only shown), a name
 * starting "Bản sao …" / "Bản chính …". Unknown parts stay null.
 */
export function countsFromWording(name: string): Counts {
  const text = fold(name);
  let original: number | null = null;
  let copies: number | null = null;
  for (const m of text.matchAll(/(?:^|\s)(\d{1,2}) ban (chinh|goc|sao|chup)\b/g)) {
    const n = Number(m[1]);
    if (m[2] === 'chinh' || m[2] === 'goc') original = (original ?? 0) + n;
    else copies = (copies ?? 0) + n;
  }
  if (original !== null || copies !== null) return { original, copies };
  if (/^ban (sao|chup)\b|ban sao co chung thuc hoac ban sao kem (theo )?ban chinh/.test(text)) return { original: null, copies: 1 };
  if (/^ban (chinh|goc)\b/.test(text) && !/^ban (chinh|goc) hoac/.test(text)) return { original: 1, copies: null };
  return UNKNOWN_COUNTS;
}
