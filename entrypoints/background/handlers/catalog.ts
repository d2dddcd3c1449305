import { matchProcedure } from '@/lib/catalog/match-procedure';
import { type CatalogService, createCatalogService } from '@/lib/catalog/service';
import { adoptKnowledge, HELD_PAPERS, type Knowledge } from '@/lib/knowledge';
import { openCatalogDb } from '@/lib/catalog/store';
import type { HandlerMap } from '@/lib/messaging/router';
import { registerCitizenWipe, slowCitizenWrite } from '../session-scope';
import { readSettings } from './settings';

type CatalogRequestType =
  | 'catalog/status'
  | 'catalog/search'
  | 'catalog/get'
  | 'catalog/match'
  | 'catalog/upsert-from-page'
  | 'catalog/update-from-url'
  | 'catalog/owned-set'
  | 'catalog/knowledge';

const UPDATE_ALARM = 'catalog-update';
const UPDATE_PERIOD_MINUTES = 24 * 60;

export const catalog = createCatalogService({
  openDb: () => openCatalogDb(),
  loadBundled: async () => (await fetch(browser.runtime.getURL('/catalog.json'))).json(),
  loadBundledHead: async () => (await fetch(browser.runtime.getURL('/catalog-head.json'))).json(),
  catalogUrl: async () => (await readSettings()).catalogUrl,
  fetch: (input, init) => fetch(input, init),
});

// The "đã có" ticks and what pages showed are the citizen's; the catalog is not (session-scope.ts, rule 4).
registerCitizenWipe('catalog-citizen', () => catalog.wipeCitizen());

/**
 * How long a page waits for the stored rules. The store answers after any
 * import under way (seconds on a first run, when the build's rules are the
 * ones being stored anyway): the overlay must not wait that long to show.
 */
const KNOWLEDGE_WAIT_MS = 250;
const noLongerThan = <T,>(work: Promise<T>, fallback: T) =>
  Promise.race([work, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), KNOWLEDGE_WAIT_MS))]);

/**
 * The rules the stored catalog came with, adopted here when newer than this
 * build's (the background classifies page reports and returned dossiers);
 * null when the build's own rules are current.
 */
async function storedKnowledge(service: CatalogService): Promise<Knowledge | null> {
  const stored = await service.knowledge();
  if (!stored || stored.version <= HELD_PAPERS.version) return null;
  adoptKnowledge(stored);
  return stored;
}

export function createCatalogHandlers(service = catalog): HandlerMap<CatalogRequestType> {
  return {
    'catalog/status': () => service.status(),
    'catalog/search': (m) => service.search(m.query, m.limit),
    'catalog/get': (m) => service.get(m.code),
    'catalog/match': async (m) => {
      const found = await matchProcedure(m, {
        byCode: async (code) => (await service.get(code)).procedure,
        search: async (query) => (await service.search(query, 10)).results,
      });
      return { procedure: found && (await service.get(found.code)).procedure };
    },
    // Only a portal tab's overlay reports pages; the page is vouched for by the tab's own URL.
    'catalog/upsert-from-page': (m, sender) =>
      slowCitizenWrite(m.sessionId, () => service.upsertFromPage(m.procedure, sender.tab ? (sender.url ?? '') : '', m.checklist)),
    'catalog/update-from-url': async () => {
      const outcome = await service.updateFromUrl();
      await storedKnowledge(service);
      return outcome;
    },
    'catalog/knowledge': async () => ({ knowledge: await noLongerThan(storedKnowledge(service), null) }),
    'catalog/owned-set': (m) => slowCitizenWrite(m.sessionId, () => service.markOwned(m.code, m.item, m.owned)),
  };
}

export const catalogHandlers = createCatalogHandlers();

/** Bundled catalog on install/upgrade; the optional catalog URL checked once a day. */
export function startCatalog() {
  // Installed or updated: this version's own catalog wins over any stored one.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void catalog.installBundled({ always: true });
  });
  void browser.alarms.create(UPDATE_ALARM, { periodInMinutes: UPDATE_PERIOD_MINUTES });
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name !== UPDATE_ALARM) return;
    if ((await readSettings()).catalogUrl) await catalog.updateFromUrl();
    await storedKnowledge(catalog);
  });
  void storedKnowledge(catalog).catch(() => {}); // a store that cannot open leaves the build's rules
}
