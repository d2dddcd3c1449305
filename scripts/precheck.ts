/**
 * `npm run -s precheck -- [--procedure FILE] FILE...`: pre-checks files the
 * way the extension does on the portal's one-page filing (2 MB per file) and
 * prints one JSON object `{ files: [{ path, verdict, checks }], missing? }`.
 * With --procedure (a portal record `.json`, a dossier `.txt` or a saved
 * detail page `.html`, read by the checklist engine), each file is matched to
 * the checklist item its name points at, and `missing` lists the required
 * items no file matched.
 */
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DetailedChecklist } from '../lib/checklist/schema';
import { translator } from '../lib/i18n';
import { bytesToRead } from '../lib/precheck/inspect';
import { rulesFor } from '../lib/precheck/limits';
import { itemForFileName } from '../lib/precheck/match-file-to-item';
import { missingItemNames } from '../lib/precheck/missing';
import { type FileToCheck, precheckFiles } from '../lib/precheck/precheck-files';
import { checklistFromFile, InputError } from './checklist-file';

class UsageError extends Error {}

const USAGE = 'Cách dùng / usage: npm run -s precheck -- [--procedure THỦ_TỤC.json|.txt|.html] TỆP...';

function parseArgs(argv: string[]): { procedure: string | null; files: string[] } {
  const files: string[] = [];
  let procedure: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--procedure') {
      const next = argv[++i];
      if (!next) throw new UsageError(`Thiếu tệp sau --procedure / --procedure needs a file.\n${USAGE}`);
      procedure = next;
    } else if (arg.startsWith('--')) {
      throw new UsageError(`Không hiểu tuỳ chọn ${arg} / unknown option ${arg}.\n${USAGE}`);
    } else files.push(arg);
  }
  if (files.length === 0) throw new UsageError(`Chưa có tệp nào để kiểm tra / no file to check.\n${USAGE}`);
  return { procedure, files };
}

/** Reads a file (only its head when it is huge); a bad path becomes a plain bilingual error. */
async function readInput(file: string, maxFileBytes: number): Promise<{ size: number; bytes: Uint8Array }> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new UsageError(`Không phải tệp: ${file} / not a file: ${file}`);
    size = info.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Không tìm thấy hoặc không đọc được tệp: ${file} / file not found or unreadable: ${file}`);
  }
  const wanted = bytesToRead(size, maxFileBytes);
  const handle = await open(file, 'r');
  try {
    const bytes = new Uint8Array(wanted);
    let at = 0;
    while (at < wanted) {
      const { bytesRead } = await handle.read(bytes, at, wanted - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return { size, bytes: bytes.subarray(0, at) };
  } finally {
    await handle.close();
  }
}

async function readProcedure(file: string): Promise<DetailedChecklist> {
  try {
    return (await checklistFromFile(file)).checklist;
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(`--procedure: ${error.message}`);
    throw error;
  }
}

async function main() {
  const { procedure, files } = parseArgs(process.argv.slice(2));
  const checklist = procedure ? await readProcedure(procedure) : null;
  const rules = rulesFor('portal-filing');
  const inputs = await Promise.all(files.map((file) => readInput(file, rules.maxFileBytes)));
  const matched = files.map((file) => (checklist ? itemForFileName(file, checklist.items) : null));
  const toCheck: FileToCheck[] = files.map((file, i) => {
    const index = matched[i] ?? null;
    const item = index === null || !checklist ? null : (checklist.items[index] ?? null);
    return {
      input: { name: path.basename(file), ...(inputs[i] as { size: number; bytes: Uint8Array }) },
      row: item ? { key: String(index), label: item.name, item } : null,
    };
  });
  const results = await precheckFiles(toCheck, { lang: 'vi', t: translator('vi'), rules });
  const out: { files: unknown[]; missing?: string[] } = {
    files: results.map((r, i) => ({ path: files[i], verdict: r.verdict, checks: r.checks })),
  };
  if (checklist) {
    const covered = new Set(matched.filter((m): m is number => m !== null));
    out.missing = missingItemNames(checklist, covered);
  }
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`Lỗi / error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
