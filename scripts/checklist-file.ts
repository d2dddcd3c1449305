/**
 * Reads a checklist source file the way `npm run -s checklist` does — a saved
 * detail page (.html), a portal record (.json) or a "Thành phần hồ sơ" text
 * (.txt) — for that command and `npm run -s precheck -- --procedure FILE`.
 * Bad input throws an InputError with a bilingual one-line message.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type ChecklistResult, checklistFromDocument, checklistFromPortalRecord, checklistFromText } from '../lib/checklist';
import { parseHtmlDocument } from './html-document';
import { loadAnnexIndex } from './knowledge-annex';

export class InputError extends Error {}

function readInput(file: string | undefined): string {
  if (!file) throw new InputError('Thiếu tên tệp: npm run -s checklist -- TỆP (.html, .json, .txt) / Missing FILE argument.');
  let text: string;
  try {
    if (statSync(file).isDirectory()) throw new InputError(`${file} là thư mục, không phải tệp / is a directory, not a file.`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`Không tìm thấy tệp ${file} / File not found.`);
    throw new InputError(`Không đọc được tệp ${file} / Cannot read file (${code ?? 'lỗi'}).`);
  }
  if (!text.trim()) throw new InputError(`Tệp ${file} rỗng / File is empty.`);
  return text;
}

async function fromJson(text: string, file: string): Promise<ChecklistResult> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputError(`Tệp ${file} không phải JSON hợp lệ / Not valid JSON.`);
  }
  const record = value && typeof value === 'object' && 'data' in value ? (value as { data: unknown }).data : value;
  if (!record || typeof record !== 'object' || !Array.isArray((record as { executionCases?: unknown }).executionCases)) {
    throw new InputError(`Tệp ${file} không phải bản ghi thủ tục của Cổng (thiếu executionCases) / Not a portal procedure record.`);
  }
  const code = String((record as { code?: unknown }).code ?? '').trim();
  return checklistFromPortalRecord(value, (await loadAnnexIndex()).procedures[code]);
}

async function fromHtml(text: string): Promise<ChecklistResult> {
  const page = parseHtmlDocument(text);
  try {
    const { procedures } = await loadAnnexIndex();
    return checklistFromDocument(page.document, (code) => procedures[code]);
  } finally {
    await page.close();
  }
}

/** The checklist of a source file, by its extension. */
export async function checklistFromFile(file: string | undefined): Promise<ChecklistResult> {
  const text = readInput(file);
  const ext = path.extname(file ?? '').toLowerCase();
  if (ext === '.html' || ext === '.htm') return fromHtml(text);
  if (ext === '.json') return fromJson(text, file ?? '');
  if (ext === '.txt') return checklistFromText(text);
  throw new InputError(`Không hỗ trợ đuôi tệp "${ext || '(không có)'}": dùng .html, .json hoặc .txt / Unsupported file type.`);
}
