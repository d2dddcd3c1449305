/**
 * `npm run -s checklist -- FILE`: prints the checklist of a saved detail page
 * (.html), a portal record (.json: one line of portal-api.jsonl or the API
 * envelope) or a "Thành phần hồ sơ" text (.txt) as one JSON object, per the
 * contract in ../shared/design.md. Bad input: one line on stderr, exit 2.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Checklist, type ChecklistResult, checklistFromDocument, checklistFromPortalRecord, checklistFromText } from '../lib/checklist';
import { parseHtmlDocument } from './html-document';

class InputError extends Error {}

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

function fromJson(text: string, file: string): ChecklistResult {
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
  return checklistFromPortalRecord(value);
}

async function fromHtml(text: string): Promise<ChecklistResult> {
  const page = parseHtmlDocument(text);
  try {
    return checklistFromDocument(page.document);
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const file = process.argv.slice(2).find((a) => a !== '--');
  const text = readInput(file);
  const ext = path.extname(file ?? '').toLowerCase();
  let result: ChecklistResult;
  if (ext === '.html' || ext === '.htm') result = await fromHtml(text);
  else if (ext === '.json') result = fromJson(text, file ?? '');
  else if (ext === '.txt') result = checklistFromText(text);
  else throw new InputError(`Không hỗ trợ đuôi tệp "${ext || '(không có)'}": dùng .html, .json hoặc .txt / Unsupported file type.`);
  process.stdout.write(`${JSON.stringify(Checklist.parse(result.checklist), null, 2)}\n`);
  for (const note of result.unread) process.stderr.write(`Lưu ý: ${note}\n`);
}

main().catch((error) => {
  const message = error instanceof InputError ? error.message : `Lỗi không mong đợi / Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(error instanceof InputError ? 2 : 1);
});
