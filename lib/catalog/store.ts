import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import { z } from 'zod';
import { Knowledge } from '../knowledge/schema';
import { StorageBlockedError } from '../storage-failure';
import {
  type CatalogMeta,
  CatalogMeta as CatalogMetaSchema,
  type CatalogProcedure,
  CatalogProcedure as CatalogProcedureSchema,
  ProcedureChecklist,
  ProcedureInfo,
} from './schema';

/**
 * The procedure catalog in IndexedDB (the background owns it). Everything read
 * back goes through zod: a record that no longer fits is skipped, not trusted.
 *
 * Versions (each step in MIGRATIONS):
 *   1 — `procedures` (whole procedures, checklist inline), `meta`, `owned`.
 *   2 — checklists move to their own `checklists` store, so listing every
 *       procedure for the search index does not copy ~30,000 checklist items;
 *       `procedures` gains the `by-portal-id` index (a detail page knows only
 *       the portal's UUID).
 *   3 — what detail pages show goes to its own `learned` store, laid over the
 *       catalog instead of written into it; the catalog's version is dropped so
 *       the bundled catalog is imported again over rows pages once rewrote.
 */
export const CATALOG_DB_NAME = 'dvc-catalog';
export const CATALOG_DB_VERSION = 3;

const META_CATALOG = 'catalog';
const IMPORT_BATCH = 200;
const META_LAST_UPDATE = 'last-update';
const META_KNOWLEDGE = 'knowledge';

export interface CatalogDbSchema extends DBSchema {
  procedures: { key: string; value: ProcedureInfo; indexes: { 'by-portal-id': string } };
  checklists: { key: string; value: ProcedureChecklist & { code: string } };
  meta: { key: string; value: unknown };
  /** Per citizen: which papers they already have, per procedure (wiped with the session). */
  owned: { key: string; value: { code: string; items: string[] } };
  /** Per citizen: a procedure as its own detail page showed it (wiped with the session, cleared by a newer catalog). */
  learned: { key: string; value: CatalogProcedure };
}
export type CatalogDb = IDBPDatabase<CatalogDbSchema>;

type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
type Migration = (db: IDBPDatabase<unknown>, tx: UpgradeTx) => void;

export const MIGRATIONS: readonly Migration[] = [
  (db) => {
    db.createObjectStore('procedures', { keyPath: 'code' });
    db.createObjectStore('meta');
    db.createObjectStore('owned', { keyPath: 'code' });
  },
  (db, tx) => {
    db.createObjectStore('checklists', { keyPath: 'code' });
    const procedures = tx.objectStore('procedures');
    procedures.createIndex('by-portal-id', 'id');
    // Only IDB requests are awaited here, so the upgrade transaction stays open.
    void (async () => {
      const checklists = tx.objectStore('checklists');
      for (let cursor = await procedures.openCursor(); cursor; cursor = await cursor.continue()) {
        const { checklist, ...info } = cursor.value as { checklist?: unknown };
        if (checklist) await checklists.put({ ...(checklist as object), code: cursor.key });
        await cursor.update(info);
      }
    })();
  },
  (db, tx) => {
    db.createObjectStore('learned', { keyPath: 'code' });
    void tx.objectStore('meta').delete(META_CATALOG);
  },
];

/** How long an upgrade waits for an older connection that does not close before giving up (the request answers). */
export const OPEN_BLOCKED_MS = 5_000;

export function openCatalogDb(name = CATALOG_DB_NAME, version = CATALOG_DB_VERSION, blockedMs = OPEN_BLOCKED_MS): Promise<CatalogDb> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let giveUp: (error: Error) => void = () => {};
  const gaveUp = new Promise<never>((_, reject) => {
    giveUp = reject;
  });
  const opening = openDB<CatalogDbSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) {
        MIGRATIONS[v]?.(db as unknown as IDBPDatabase<unknown>, tx as unknown as UpgradeTx);
      }
    },
    blocked() {
      timer = setTimeout(() => giveUp(new StorageBlockedError(`${name} v${version} is blocked by an open older connection`)), blockedMs);
    },
  });
  return Promise.race([opening, gaveUp]).then(
    (db) => {
      clearTimeout(timer);
      return db;
    },
    (error: unknown) => {
      clearTimeout(timer);
      // Should it open after all, nobody holds this connection: close it so it blocks nothing.
      opening.then((db) => db.close(), () => {});
      throw error;
    },
  );
}

export async function readCatalogMeta(db: CatalogDb): Promise<CatalogMeta | null> {
  const parsed = CatalogMetaSchema.safeParse(await db.get('meta', META_CATALOG));
  return parsed.success ? parsed.data : null;
}

export const UpdateStatus = z.object({
  at: z.string(),
  ok: z.boolean(),
  /** A stable reason code (see lib/catalog/update.ts) the UI turns into words. */
  reason: z.string().nullable(),
  version: z.number().int().nullable(),
});
export type UpdateStatus = z.infer<typeof UpdateStatus>;

export async function readUpdateStatus(db: CatalogDb): Promise<UpdateStatus | null> {
  const parsed = UpdateStatus.safeParse(await db.get('meta', META_LAST_UPDATE));
  return parsed.success ? parsed.data : null;
}

export async function writeUpdateStatus(db: CatalogDb, status: UpdateStatus): Promise<void> {
  await db.put('meta', status, META_LAST_UPDATE);
}

export async function listProcedures(db: CatalogDb): Promise<ProcedureInfo[]> {
  return (await db.getAll('procedures')).flatMap((raw) => {
    const parsed = ProcedureInfo.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function countProcedures(db: CatalogDb): Promise<number> {
  return db.count('procedures');
}

function whole(info: unknown, checklist: unknown): CatalogProcedure | null {
  const parsedInfo = ProcedureInfo.safeParse(info);
  if (!parsedInfo.success) return null;
  const parsedChecklist = ProcedureChecklist.safeParse(checklist);
  return { ...parsedInfo.data, checklist: parsedChecklist.success ? parsedChecklist.data : null };
}

export async function getProcedure(db: CatalogDb, code: string): Promise<CatalogProcedure | null> {
  const tx = db.transaction(['procedures', 'checklists']);
  const [info, checklist] = await Promise.all([tx.objectStore('procedures').get(code), tx.objectStore('checklists').get(code)]);
  return whole(info, checklist);
}

const infoOf = ({ checklist: _checklist, ...info }: CatalogProcedure): ProcedureInfo => info;

const CATALOG_STORES: ('procedures' | 'checklists' | 'meta' | 'learned')[] = ['procedures', 'checklists', 'meta', 'learned'];
type ProcedureTx = IDBPTransaction<CatalogDbSchema, typeof CATALOG_STORES, 'readwrite'>;

function putProcedure(tx: ProcedureTx, procedure: CatalogProcedure): Promise<unknown> {
  const checklists = tx.objectStore('checklists');
  return Promise.all([
    tx.objectStore('procedures').put(infoOf(procedure)),
    procedure.checklist
      ? checklists.put({ ...procedure.checklist, code: procedure.code })
      : checklists.delete(procedure.code),
  ]);
}

/**
 * Replaces the catalog with a newer one (bundled or from the update URL) in
 * one transaction. What pages showed yields to it: a newer catalog wins.
 */
export async function importCatalog(db: CatalogDb, procedures: CatalogProcedure[], meta: CatalogMeta, knowledge: Knowledge | null = null): Promise<void> {
  const tx = db.transaction(CATALOG_STORES, 'readwrite');
  // A failed write aborts the whole import (the old catalog stays) and rejects `done` too; the first error is the one thrown.
  tx.done.catch(() => {});
  const existing = await tx.objectStore('procedures').getAllKeys();
  // Written in batches: awaiting each batch keeps the transaction open and lets the background answer messages.
  const incoming = new Set(procedures.map((p) => p.code));
  for (let i = 0; i < procedures.length; i += IMPORT_BATCH) {
    await Promise.all(procedures.slice(i, i + IMPORT_BATCH).map((p) => putProcedure(tx, p)));
  }
  const writes: Promise<unknown>[] = [tx.objectStore('learned').clear()];
  for (const code of existing) {
    if (!incoming.has(code)) writes.push(tx.objectStore('procedures').delete(code), tx.objectStore('checklists').delete(code));
  }
  writes.push(tx.objectStore('meta').put(meta, META_CATALOG));
  // The rules the catalog was classified with travel and stay with it.
  writes.push(knowledge ? tx.objectStore('meta').put(knowledge, META_KNOWLEDGE) : tx.objectStore('meta').delete(META_KNOWLEDGE));
  await Promise.all([...writes, tx.done]);
}

/** The held-papers rules the stored catalog came with, or null (none, or no longer fitting the schema). */
export async function readCatalogKnowledge(db: CatalogDb): Promise<Knowledge | null> {
  const parsed = Knowledge.safeParse(await db.get('meta', META_KNOWLEDGE));
  return parsed.success ? parsed.data : null;
}

/** A procedure as its detail page showed it, or null (never seen, or no longer fitting the schema). */
export async function getLearned(db: CatalogDb, code: string): Promise<CatalogProcedure | null> {
  const parsed = CatalogProcedureSchema.safeParse(await db.get('learned', code));
  return parsed.success ? parsed.data : null;
}

/** Keeps what a procedure's detail page showed, beside the catalog's copy. */
export async function putLearned(db: CatalogDb, procedure: CatalogProcedure): Promise<void> {
  await db.put('learned', procedure);
}

export async function deleteLearned(db: CatalogDb, code: string): Promise<void> {
  await db.delete('learned', code);
}

/** Forgets what pages showed: it tells which procedures the person looked at, and when. */
export async function wipeLearned(db: CatalogDb): Promise<void> {
  await db.clear('learned');
}

export async function readOwned(db: CatalogDb, code: string): Promise<string[]> {
  const record = await db.get('owned', code);
  const parsed = z.array(z.string()).safeParse(record?.items);
  return parsed.success ? parsed.data : [];
}

export async function setOwned(db: CatalogDb, code: string, item: string, owned: boolean): Promise<string[]> {
  const tx = db.transaction('owned', 'readwrite');
  tx.done.catch(() => {}); // awaited below, unless a write fails first
  const current = new Set(z.array(z.string()).catch([]).parse((await tx.store.get(code))?.items));
  if (owned) current.add(item);
  else current.delete(item);
  const items = [...current];
  await (items.length ? tx.store.put({ code, items }) : tx.store.delete(code));
  await tx.done;
  return items;
}

/** Forgets which papers the citizen has: nothing of one citizen is left for the next. */
export async function wipeOwned(db: CatalogDb): Promise<void> {
  await db.clear('owned');
}
