import type { CatalogResponses, CatalogUpdateOutcome } from '../messaging/catalog';
import { type CatalogProcedure, type PageProcedure, type ProcedureChecklist, CatalogProcedure as ProcedureSchema } from './schema';
import { buildSearchIndex, type SearchIndex, searchProcedures } from './search';
import {
  type CatalogDb,
  getProcedure,
  getProcedureByPortalId,
  importCatalog,
  listProcedures,
  readCatalogMeta,
  readOwned,
  readUpdateStatus,
  setOwned,
  upsertProcedure,
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
  /** settings.catalogUrl ('' when unset). */
  catalogUrl: () => Promise<string>;
  fetch: typeof fetch;
  now?: () => Date;
}

export type CatalogService = ReturnType<typeof createCatalogService>;

export function createCatalogService(deps: CatalogServiceDeps) {
  const now = deps.now ?? (() => new Date());
  let db: Promise<CatalogDb> | null = null;
  let index: Promise<SearchIndex> | null = null;
  let filled: Promise<unknown> | null = null;

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
      await importCatalog(await openDb(), load.procedures, load.meta);
      index = null;
    }
    return load;
  }

  let installing: Promise<CatalogLoad> | null = null;

  /**
   * Imports the bundled catalog when it is newer than the stored one (install,
   * upgrade, empty store); a call while one runs shares it.
   */
  function installBundled(): Promise<CatalogLoad> {
    installing ??= (async () => {
      const meta = await readCatalogMeta(await openDb());
      return importLoad(await readCatalogDocument(await deps.loadBundled(), 'bundle', meta?.version ?? null));
    })().finally(() => {
      installing = null;
    });
    return installing;
  }

  /** The store, filled from the bundle the first time anything asks. */
  async function ready(): Promise<CatalogDb> {
    const store = await openDb();
    filled ??= readCatalogMeta(store)
      .then((meta): unknown => meta ?? installBundled())
      .catch((error: unknown) => {
        filled = null; // try again on the next request
        throw error;
      });
    await filled;
    return store;
  }

  async function searchIndex(): Promise<SearchIndex> {
    index ??= ready()
      .then(async (store) => buildSearchIndex(await listProcedures(store)))
      .catch((error: unknown) => {
        index = null; // built again on the next search, once the store can be read
        throw error;
      });
    return index;
  }

  async function status(): Promise<CatalogResponses['catalog/status']> {
    const store = await ready();
    void searchIndex();
    const [meta, lastUpdate, url] = await Promise.all([readCatalogMeta(store), readUpdateStatus(store), deps.catalogUrl()]);
    return { meta, lastUpdate, hasUpdateUrl: url !== '' };
  }

  async function search(query: string, limit?: number) {
    return { results: searchProcedures(await searchIndex(), query, limit) };
  }

  async function get(code: string) {
    const store = await ready();
    const [procedure, owned] = await Promise.all([getProcedure(store, code), readOwned(store, code)]);
    return { procedure, owned };
  }

  /**
   * Stores what a detail page showed; keeps what the page does not say
   * (keywords, audience). `id` is the portal id in the page's URL: it is kept
   * only when no other procedure has it, since the portal may change the URL
   * a moment before the page shows the next procedure.
   */
  async function upsertFromPage(page: PageProcedure, id: string | null, checklist: ProcedureChecklist) {
    const store = await ready();
    const [old, holder] = await Promise.all([getProcedure(store, page.code), id ? getProcedureByPortalId(store, id) : null]);
    const pageId = holder && holder.code !== page.code ? null : id;
    const next: CatalogProcedure = ProcedureSchema.parse({
      code: page.code,
      id: pageId ?? old?.id ?? null,
      name: page.name,
      field: page.field ?? old?.field ?? null,
      levels: page.levels ?? old?.levels ?? [],
      agency: page.agency ?? old?.agency ?? null,
      keywords: old?.keywords ?? [],
      forCitizens: old?.forCitizens ?? false,
      source: 'page',
      updated: now().toISOString().slice(0, 10),
      checklist,
    });
    await upsertProcedure(store, next);
    const searchable = (p: CatalogProcedure | null) => p && JSON.stringify([p.name, p.field, p.levels]);
    if (searchable(old) !== searchable(next)) index = null;
    return { stored: true };
  }

  async function updateFromUrl(): Promise<CatalogUpdateOutcome> {
    const store = await ready();
    const meta = await readCatalogMeta(store);
    const load = await importLoad(await fetchCatalogUpdate(await deps.catalogUrl(), meta?.version ?? null, deps.fetch));
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

  /** Forgets every "đã có" tick (session wipe). */
  async function wipeOwnedPapers() {
    await wipeOwned(await openDb());
  }

  return { installBundled, status, search, get, upsertFromPage, updateFromUrl, markOwned, wipeOwnedPapers };
}
