import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** Repository root (this file lives in scripts/). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The real procedure data beside the repository: ../shared/data (override with DVC_SHARED_DATA). */
export const SHARED_DATA_DIR = process.env.DVC_SHARED_DATA ?? path.resolve(REPO_ROOT, '../shared/data');

/** Phụ lục I and II of Nghị quyết 66.7/2025/NQ-CP (scripts/knowledge-annex.ts reads them). */
export const ANNEX_FILES = ['nq-66.7-2025/annex-1.jsonl', 'nq-66.7-2025/annex-2.jsonl'] as const;

export function sharedDataFile(name: string): string {
  const file = path.join(SHARED_DATA_DIR, name);
  if (!existsSync(file)) {
    throw new Error(`Không tìm thấy dữ liệu ${file}. Hãy đặt thư mục shared/ cạnh thư mục dự án.`);
  }
  return file;
}

/** Streams a JSON Lines file, one parsed value per non-empty line. */
export async function* readJsonl<T = unknown>(name: string): AsyncGenerator<T> {
  const lines = createInterface({ input: createReadStream(sharedDataFile(name), 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim()) yield JSON.parse(line) as T;
  }
}

export async function readAllJsonl<T = unknown>(name: string): Promise<T[]> {
  const out: T[] = [];
  for await (const value of readJsonl<T>(name)) out.push(value);
  return out;
}
