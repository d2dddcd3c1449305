import type { CitizenWiped } from '@/lib/messaging/session';
import { SessionId } from '@/lib/session/model';
import { isCitizenDatabase, isCitizenLocalKey, isCitizenPage } from '@/lib/session/scope';
import { tellPortalTabs } from './portal-tabs';
import { sessionIdItem } from './storage';

/**
 * THE PER-CITIZEN DATA CONVENTION. At the end of an assisted session
 * ("Kết thúc", inactivity timeout, browser restart), at the start of the next
 * one, and on "Xóa dữ liệu của tôi", `wipeCitizenData()` removes everything the
 * extension holds about the person being helped. A store is covered by
 * following ONE of these rules:
 *
 * 1. `chrome.storage.session` is per-citizen, all of it: it is cleared
 *    wholesale. Good for guide progress, pre-check file hashes, the slip.
 *    (The browser also empties it on restart, so personal-mode data that must
 *    survive a restart belongs in rule 2.)
 * 2. `chrome.storage.local` keys holding citizen data start with `citizen:`
 *    (WXT: `storage.defineItem('local:citizen:…')`); every such key is removed.
 *    Keys without the prefix (settings, tallies, the catalog) survive.
 * 3. An IndexedDB database holding only citizen data is named `citizen-…` and
 *    is deleted whole. Its connections must close on `versionchange`
 *    (idb: `openDB(name, v, { blocking: (_, __, e) => (e.target as IDBDatabase).close() })`)
 *    and reopen on next use, or the deletion waits for them.
 * 4. Anything else — object stores inside a shared database (e.g. "đã có"
 *    ticks next to the procedure catalog), in-memory caches in the background
 *    — registers a wipe at module load:
 *    `registerCitizenWipe('catalog-ticks', () => db.clear('ticks'))`.
 * 5. Extension pages opened in tabs for a citizen (the slip, …) are closed;
 *    only the side panel and options pages stay. A portal tab is never
 *    closed (it may hold a half-finished filing), even when it embeds an
 *    extension frame: it is told instead (`citizen/wiped`), and its overlay
 *    forgets the files it checked.
 *
 * Anonymous tallies are not per-citizen and are never wiped here.
 *
 * LATE WRITES. Every write into a per-citizen store goes through
 * `citizenWrite(sessionId, …)` and carries the session id its page learned
 * (`session/get`, `session/id`, `citizen/wiped`). Writes and wipes run one at
 * a time in arrival order (`inCitizenOrder`): a write waits while a wipe runs,
 * and every wipe draws a new id, so a write sent for the
 * previous citizen (a tick, a page report, a slip, a guide step arriving
 * during or after "Kết thúc") is refused instead of landing in the next one.
 */
export type CitizenWipe = () => unknown;

const registeredWipes = new Map<string, CitizenWipe>();

/** Registers (or replaces) the wipe of a store that rules 1–3 do not cover. */
export function registerCitizenWipe(name: string, wipe: CitizenWipe) {
  registeredWipes.set(name, wipe);
}

async function removeCitizenLocalKeys() {
  const keys = Object.keys(await browser.storage.local.get(null)).filter(isCitizenLocalKey);
  if (keys.length > 0) await browser.storage.local.remove(keys);
}

/** Budget for a deletion blocked by a connection that does not close (rule 3). */
const DELETE_BLOCKED_MS = 5_000;

function deleteDatabase(name: string) {
  return new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`delete ${name} failed`));
    request.onblocked = () => setTimeout(() => reject(new Error(`${name} is still open`)), DELETE_BLOCKED_MS);
  });
}

async function deleteCitizenDatabases() {
  const names = (await indexedDB.databases()).flatMap((db) => (db.name && isCitizenDatabase(db.name) ? [db.name] : []));
  await Promise.all(names.map(deleteDatabase));
}

async function closeCitizenPages() {
  const contexts = await browser.runtime.getContexts({ contextTypes: [browser.runtime.ContextType.TAB] });
  // Top frames only: the pre-check frame is an extension page too, inside the citizen's portal tab.
  const tabIds = contexts.flatMap((c) =>
    c.tabId >= 0 && c.frameId === 0 && c.documentUrl && isCitizenPage(new URL(c.documentUrl).pathname) ? [c.tabId] : [],
  );
  if (tabIds.length > 0) await browser.tabs.remove(tabIds);
}

const describe = (name: string, error: unknown) => `${name}: ${error instanceof Error ? error.message : String(error)}`;

async function settle(steps: [string, () => unknown][]): Promise<string[]> {
  const results = await Promise.allSettled(steps.map(async ([, run]) => run()));
  return results.flatMap((r, i) => (r.status === 'rejected' ? [describe(steps[i]?.[0] ?? '?', r.reason)] : []));
}

/**
 * Removes every trace of the current citizen. Registered wipes run first (they
 * may need storage to find their data), then the wholesale rules. Returns the
 * steps that failed; an empty list means everything is gone.
 */
export async function wipeCitizenData(): Promise<string[]> {
  // Writes already let through (slowCitizenWrite) finish first, so none lands after the wipe.
  await Promise.allSettled([...slowWrites]);
  const registered = await settle([...registeredWipes]);
  const wholesale = await settle([
    ['storage.session', () => browser.storage.session.clear()],
    ['storage.local', removeCitizenLocalKeys],
    ['indexedDB', deleteCitizenDatabases],
    ['tabs', closeCitizenPages],
  ]);
  // Drawn after the clear (rule 1 drops the old one): from now on only the next citizen's writes land.
  const sessionId = crypto.randomUUID();
  const renewed = await settle([['session-id', () => sessionIdItem.setValue(sessionId)]]);
  const wiped: CitizenWiped = { type: 'citizen/wiped', sessionId };
  await tellPortalTabs(wiped);
  return [...registered, ...wholesale, ...renewed];
}

/** Per-citizen writes and the wipes between citizens: one at a time, in arrival order. */
let queue: Promise<unknown> = Promise.resolve();
/** Runs `task` after every write and wipe that arrived before it. A wipe must only ever run inside such a task. */
export function inCitizenOrder<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => {});
  return run;
}

/** The id per-citizen writes must carry now; drawn on first use (a new browser session), then by every wipe. Call inside `inCitizenOrder`. */
export async function currentSessionId(): Promise<string> {
  const stored = SessionId.safeParse(await sessionIdItem.getValue());
  if (stored.success) return stored.data;
  const drawn = crypto.randomUUID();
  await sessionIdItem.setValue(drawn);
  return drawn;
}

/** The error a write for another session gets (a stable code, like `session-open`). */
export const STALE_SESSION = 'stale-session';

async function checkSession(sessionId: string) {
  if (sessionId !== (await currentSessionId())) throw new Error(STALE_SESSION);
}

/** Runs a per-citizen write, in order, only if it was sent for the current session. */
export function citizenWrite<T>(sessionId: string, write: () => Promise<T>): Promise<T> {
  return inCitizenOrder(async () => {
    await checkSession(sessionId);
    return write();
  });
}

const slowWrites = new Set<Promise<unknown>>();
/**
 * A per-citizen write that may take long (the catalog's, which may first wait
 * for the whole catalog's import): checked in order like `citizenWrite`, then
 * run beside the queue so pages and sessions are not held up; the next wipe
 * waits for it. It must not wait for the queue itself.
 */
export async function slowCitizenWrite<T>(sessionId: string, write: () => Promise<T>): Promise<T> {
  const { running } = await inCitizenOrder(async () => {
    await checkSession(sessionId);
    const started = write();
    const tracked = started.catch(() => {});
    slowWrites.add(tracked);
    void tracked.then(() => slowWrites.delete(tracked));
    return { running: started };
  });
  return running;
}
