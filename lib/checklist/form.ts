import { cleanText } from '@/lib/text';

/** Template file names the portal attaches to a row. */
export const FORM_FILE_EXTENSION = /\.(?:docx?|pdf|xlsx?|odt|rtf|zip|rar)$/i;

// "Mẫu số 01", "Mẫu CT01", "mẫu NA17", "Mẫu số 05A-HSB", "Mẫu TK1-TS", "mẫu 03":
// the code must start with a digit or a capital so that "mẫu đơn", "mẫu hộ tịch" are not codes.
const FORM_CODE = /\b[Mm]ẫu\s+(?:số\s+)?(?=[0-9A-ZĐ])[0-9A-ZĐa-z][\p{L}\p{N}]*(?:[./-][\p{L}\p{N}]+)*/u;
const AS_TEMPLATE = /\btheo\s+(?:các\s+)?(?:mẫu|biểu mẫu)\b/iu;

/**
 * The template a paper's wording names: "Mẫu số 01", "Mẫu CT01"; or "theo mẫu"
 * when it only says a template exists. Null when none is named.
 */
export function formFromWording(name: string): string | null {
  const text = cleanText(name);
  const code = FORM_CODE.exec(text);
  if (code) return code[0].replace(/^m/, 'M').replace(/[.,;:)]+$/, '');
  return AS_TEMPLATE.test(text) ? 'theo mẫu' : null;
}

/** Joins template file names (several per row are common) into the item's `form`. */
export function joinFormFiles(files: readonly string[]): string | null {
  const names = [...new Set(files.map((f) => cleanText(f)).filter(Boolean))];
  return names.length ? names.join('; ') : null;
}
