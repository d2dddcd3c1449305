/**
 * The generated catalog file and when to regenerate it. Kept apart from
 * build-catalog.ts so wxt.config.ts can use it without loading the checklist
 * engine (whose `@/` imports the config loader does not resolve): the build
 * itself runs in a child `tsx` process, which does.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { ANNEX_FILES, REPO_ROOT, sharedDataFile } from './shared-data';

export const DEFAULT_CATALOG_FILE = path.join(REPO_ROOT, '.wxt/catalog.json');
/** Where the catalog sits in the built extension (the background reads it with runtime.getURL). */
export const BUNDLED_CATALOG_PATH = 'catalog.json';
/** Its version and digest alone, which every start compares with the stored catalog (lib/catalog/document.ts, CatalogHeadFile). */
export const BUNDLED_CATALOG_HEAD_PATH = 'catalog-head.json';
/** The head file written beside a catalog file. */
export const catalogHeadFile = (file: string) => file.replace(/(\.json)?$/, '.head.json');

const BUILD_SCRIPT = path.join(REPO_ROOT, 'scripts/build-catalog.ts');
const DATA_FILES = ['portal-api.jsonl', 'procedures.jsonl', 'catalog-only.jsonl', ...ANNEX_FILES];
/** Sources whose change changes the catalog; a newer one makes the generated file stale. */
const SOURCE_PATHS = [
  'scripts/build-catalog.ts',
  'scripts/knowledge-annex.ts',
  'lib/catalog/document.ts',
  'lib/catalog/schema.ts',
  'lib/checklist',
  'lib/text',
  'lib/knowledge',
];

async function newestInput(): Promise<number> {
  let newest = 0;
  for (const file of DATA_FILES) newest = Math.max(newest, statSync(sharedDataFile(file)).mtimeMs);
  for (const source of SOURCE_PATHS) {
    const abs = path.join(REPO_ROOT, source);
    if (!existsSync(abs)) continue;
    if (statSync(abs).isFile()) newest = Math.max(newest, statSync(abs).mtimeMs);
    else {
      for (const entry of await readdir(abs, { recursive: true, withFileTypes: true })) {
        if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
      }
    }
  }
  return newest;
}

/** A lock older than this was left by a build that died. */
const STALE_LOCK_MS = 5 * 60_000;

/** Takes the lock file, or returns false when another process holds it. */
function tryLock(lock: string): boolean {
  if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { force: true });
  try {
    closeSync(openSync(lock, 'wx'));
    return true;
  } catch {
    return false;
  }
}

/**
 * Regenerates `file` unless it is newer than every input; returns the file.
 * Test workers call this in parallel: one builds, the others wait for it.
 */
export async function ensureCatalogFile(file = DEFAULT_CATALOG_FILE): Promise<string> {
  const fresh = async () => existsSync(file) && existsSync(catalogHeadFile(file)) && statSync(file).mtimeMs > (await newestInput());
  const lock = `${file}.lock`;
  mkdirSync(path.dirname(file), { recursive: true });
  while (!(await fresh())) {
    if (!tryLock(lock)) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    try {
      if (await fresh()) break;
      const run = spawnSync(process.execPath, ['--import', 'tsx', BUILD_SCRIPT, file], { cwd: REPO_ROOT, stdio: 'inherit' });
      if (run.status !== 0) throw new Error(`Không tạo được danh mục thủ tục (${BUILD_SCRIPT}).`);
    } finally {
      rmSync(lock, { force: true });
    }
  }
  return file;
}
