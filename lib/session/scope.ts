/**
 * What counts as per-citizen data, by naming convention (the wipe itself and
 * the full convention are in entrypoints/background/session-scope.ts).
 */

/** `chrome.storage.local` keys holding a citizen's data start with this (WXT key `local:citizen:…`). */
export const CITIZEN_LOCAL_PREFIX = 'citizen:';
/** IndexedDB databases that hold only a citizen's data are named with this prefix and deleted whole. */
export const CITIZEN_DB_PREFIX = 'citizen-';
/** Extension pages that stay open across citizens: they show no citizen data of their own. */
const SHARED_PAGES = new Set(['/sidepanel.html', '/options.html']);

export const isCitizenLocalKey = (key: string) => key.startsWith(CITIZEN_LOCAL_PREFIX);
export const isCitizenDatabase = (name: string) => name.startsWith(CITIZEN_DB_PREFIX);
/** Any other extension page open in a tab (the slip, …) belongs to the citizen and is closed. */
export const isCitizenPage = (pathname: string) => !SHARED_PAGES.has(pathname);
