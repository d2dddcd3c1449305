import { carryAnnexSkips } from '@/lib/checklist/carry-annex-skips';
import type { CatalogResponses, CatalogUpdateOutcome } from '../messaging/catalog';
import { type CatalogDocument, CatalogDocumentHead, CatalogHeadFile, decodeCatalog } from './document';
import { pageVouchesFor } from './page-report';
import { type CatalogMeta, type CatalogProcedure, type PageProcedure, type ProcedureChecklist, CatalogProcedure as ProcedureSchema } from './schema';
import { buildSearchIndex, type SearchIndex, searchProcedures } from './search';
import {
  type CatalogDb,
  deleteLearned,
  getLearned,
  getProcedure,
  importCatalog,
  listProcedures,
  readCatalogKnowledge,
  readCatalogMeta,
  readOwned,
  readUpdateStatus,
  putLearned,
  setOwned,
  wipeLearned,
  wipeOwned,
  writeUpdateStatus,
} from './store';
import { type CatalogLoad, fetchCatalogUpdate, readCatalogDocument } from './update';

/**
 * The catalog as the background runs it: one store, one search index built
 * on first use and rebuilt when the procedures change, the bundled catalog
 * imported when the store has none or an older one. Browser specifics come in
 * as dependencies, so tests run it on fake-indexeddb with a fake fetch.
 */
export interface CatalogServiceDeps {
  openDb: () => Promise<CatalogDb>;
  /** The bundled catalog.json, parsed. */
  loadBundled: () => Promise<unknown>;
  /** The bundled catalog-head.json (its version and digest), parsed: a start that changed nothing reads this, not the 9 MB file. */
  loadBundledHead?: () => Promise<unknown>;
  /** settings.catalogUrl ('' when unset). */
  catalogUrl: () => Promise<string>;
  fetch: typeof fetch;
  /** The key served catalogs are signed with (default: the one pinned in lib/signed/keys.ts). */
  publicKey?: string;
  now?: () => Date;
}

export type CatalogService = ReturnType<typeof createCatalogService>;

interface InterimCatalog {
  procedures: Map<string, CatalogProcedure>;
  index: SearchIndex;
}

/** How long what a detail page showed is preferred to the catalog's copy. */
export const LEARNED_MAX_AGE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The stored catalog is this bundle, imported before (same version and digest); `raw` is the document or its head file. */
function isStoredBundle(stored: CatalogMeta | null, raw: unknown): boolean {
  const head = CatalogHeadFile.safeParse(raw);
  return !!stored?.sha256 && stored.source === 'bundle' && head.success && head.data.version === stored.version && head.data.sha256 === stored.sha256;
}

export function createCatalogService(deps: CatalogServiceDeps) {
  const now = deps.now ?? (() => new Date());
  let db: Promise<CatalogDb> | null = null;
  let index: Promise<SearchIndex> | null = null;
  let filled: Promise<unknown> | null = null;
  /** The store has had a catalog at least once (filled from the bundle on first run). */
  let storeFilled = false;
  /** The last index built from the store: still right while a newer one is built. */
  let storeIndex: SearchIndex | null = null;
  /** The bundled catalog searched from memory while the store is filled (first run); dropped once the store answers. */
  let interim: Promise<InterimCatalog> | null = null;
  /** The bundled file, parsed once for the import and the interim index alike. */
  let bundled: Promise<unknown> | null = null;
  const loadBundled = () => {
    bundled ??= deps.loadBundled().catch((error: unknown) => {
      bundled = null;
      throw error;
    });
    return bundled;
  };

  /** Forgets the connection and what was read through it; the next request opens the store afresh. */
  const forget = () => {
    db = null;
    index = null;
    filled = null;
  };
  const openDb = () => {
    db ??= (async () => deps.openDb())().then(
      (store) => {
        // Another context upgrading or deleting the store, or the browser closing it.
        store.addEventListener('versionchange', () => {
          store.close();
          forget();
        });
        store.addEventListener('close', forget);
        return store;
      },
      (error: unknown) => {
        db = null; // a failed open (IndexedDB unavailable or blocked) is tried again on the next request
        throw error;
      },
    );
    return db;
  };

  async function importLoad(load: CatalogLoad): Promise<CatalogLoad> {
    if (load.ok) {
      await importCatalog(await openDb(), load.procedures, load.meta, load.knowledge);
      // A new catalog in the store: searches wait for its index rather than answer from the old one.
      index = null;
      storeIndex = null;
    }
    return load;
  }

  let installing: Promise<CatalogLoad> | null = null;

  /**
   * Imports the bundled catalog into an empty store or, with `always`, over
   * whatever is stored: the extension was installed or updated, and its own
   * catalog wins (a served one comes back at the next check if it is newer).
   * A call while one runs shares it.
   */
  function installBundled({ always = false } = {}): Promise<CatalogLoad> {
    installing ??= (async () => {
      const stored = await readCatalogMeta(await openDb());
      // Chrome reports "update" on starts that changed nothing (an unpacked extension on every launch):
      // the very bundle already in the store is not written again (seconds of work on a counter PC),
      // nor even read when its head file says so.
      const head = always && deps.loadBundledHead ? await deps.loadBundledHead().catch(() => null) : null;
      if (always && isStoredBundle(stored, head)) return { ok: false, reason: 'not-newer' } as const;
      const raw = await loadBundled();
      if (always && isStoredBundle(stored, raw)) return { ok: false, reason: 'not-newer' } as const;
      const meta = always ? null : stored;
      // Someone is searching meanwhile: their answer first (the import's checks would halve its pace).
      await interim?.catch(() => {});
      return importLoad(await readCatalogDocument(raw, 'bundle', meta));
    })().finally(() => {
      installing = null;
      bundled = null;
    });
    return installing;
  }

  /** The store, filled from the bundle the first time anything asks. */
  async function ready(): Promise<CatalogDb> {
    const store = await openDb();
    filled ??= readCatalogMeta(store)
      .then((meta): unknown => meta ?? installBundled())
      .then(() => {
        storeFilled = true;
      })
      .catch((error: unknown) => {
        filled = null; // try again on the next request
        throw error;
      });
    await filled;
    return store;
  }

  async function searchIndex(): Promise<SearchIndex> {
    index ??= ready()
      .then(async (store) => {
        storeIndex = await buildSearchIndex(await listProcedures(store));
        interim = null;
        return storeIndex;
      })
      .catch((error: unknown) => {
        index = null; // built again on the next search, once the store can be read
        throw error;
      });
    return index;
  }

  /**
   * The bundled catalog decoded straight into memory, without the import's
   * checks: it is this extension's own packaged file, and the store is
   * filled from it through every check at the same time.
   */
  function interimCatalog(): Promise<InterimCatalog> {
    interim ??= loadBundled().then(async (raw) => {
      if (!CatalogDocumentHead.safeParse(raw).success) throw new Error('bad-schema');
      const procedures = decodeCatalog(raw as CatalogDocument, 'bundle');
      return { procedures: new Map(procedures.map((p) => [p.code, p])), index: await buildSearchIndex(procedures) };
    });
    return interim;
  }

  /** True while the catalog is still being written to the store (the UIs say so). */
  const preparing = () => !storeFilled || installing !== null;

  async function status(): Promise<CatalogResponses['catalog/status']> {
    const store = await ready();
    void searchIndex();
    const [meta, lastUpdate, url] = await Promise.all([readCatalogMeta(store), readUpdateStatus(store), deps.catalogUrl()]);
    return { meta, lastUpdate, hasUpdateUrl: url !== '' };
  }

  /** From the store's index; while the store is being filled, whichever of it and the interim index is ready first. */
  async function search(query: string, limit?: number) {
    const fromStore = searchIndex();
    const current =
      storeIndex ??
      (await (preparing()
        ? Promise.race([
            fromStore,
            interimCatalog().then(
              (memory) => memory.index,
              () => fromStore,
            ),
          ])
        : fromStore));
    return { results: searchProcedures(current, query, limit), preparing: preparing() };
  }

  /** The catalog's copy, or what the procedure's page showed lately (expired copies are dropped). */
  async function get(code: string) {
    if (storeIndex === null && interim) {
      const memory = await interim.catch(() => null);
      const procedure = memory?.procedures.get(code);
      if (procedure) return { procedure, owned: await readOwned(await openDb(), code) };
    }
    const store = await ready();
    const [procedure, learned, owned] = await Promise.all([getProcedure(store, code), getLearned(store, code), readOwned(store, code)]);
    const fresh = learned && now().getTime() - Date.parse(learned.updated) < LEARNED_MAX_AGE_DAYS * DAY_MS;
    if (learned && !fresh) await deleteLearned(store, code);
    return { procedure: fresh ? learned : procedure, owned };
  }

  /**
   * Keeps what a detail page showed, when that page is the procedure's own
   * (`pageUrl` is the sending tab's, see pageVouchesFor); keeps what the page
   * does not say (keywords, audience). The search index stays the catalog's.
   */
  async function upsertFromPage(page: PageProcedure, pageUrl: string, checklist: ProcedureChecklist) {
    const store = await ready();
    const known = await getProcedure(store, page.code);
    if (!known || !pageVouchesFor(pageUrl, known)) return { stored: false };
    const next: CatalogProcedure = ProcedureSchema.parse({
      ...known,
      name: page.name,
      field: page.field ?? known.field,
      levels: page.levels ?? known.levels,
      agency: page.agency ?? known.agency,
      source: 'page',
      updated: now().toISOString().slice(0, 10),
      // The page knows nothing of the annexes: the catalog's per-procedure skips stay (NQ 66.7, Phụ lục I/II).
      checklist: { ...checklist, items: carryAnnexSkips(checklist.items, known.checklist?.items ?? []) },
    });
    await putLearned(store, next);
    return { stored: true };
  }

  async function updateFromUrl(): Promise<CatalogUpdateOutcome> {
    const store = await ready();
    const meta = await readCatalogMeta(store);
    const load = await importLoad(
      await fetchCatalogUpdate(await deps.catalogUrl(), meta, { fetch: deps.fetch, publicKey: deps.publicKey, now: now() }),
    );
    const at = now().toISOString();
    if (!load.ok) {
      await writeUpdateStatus(store, { at, ok: false, reason: load.reason, version: null });
      return { ok: false, reason: load.reason };
    }
    await writeUpdateStatus(store, { at, ok: true, reason: null, version: load.meta.version });
    return { ok: true, version: load.meta.version, count: load.meta.count };
  }

  async function markOwned(code: string, item: string, owned: boolean) {
    return { owned: await setOwned(await openDb(), code, item, owned) };
  }

  /** Forgets every "đã có" tick and what pages showed (session wipe): they tell what the person looked at. */
  async function wipeCitizen() {
    const store = await openDb();
    await Promise.all([wipeOwned(store), wipeLearned(store)]);
  }

  /** The held-papers rules the stored catalog came with (null: none stored). */
  async function knowledge() {
    return readCatalogKnowledge(await openDb());
  }

  return { installBundled, status, search, get, upsertFromPage, updateFromUrl, markOwned, wipeCitizen, knowledge };
}
