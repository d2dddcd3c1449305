import type { OtherPortalRevoked } from '@/lib/messaging/other-portals';
import { isOtherPortalPattern } from '@/lib/portal/other-portals';

/** Id of the one dynamic registration of the eager detector on the granted other portals. */
const SCRIPT_ID = 'other-portals';
const DETECTOR = '/content-scripts/portal.js';

async function grantedOrigins(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  return (all.origins ?? []).filter(isOtherPortalPattern).sort();
}

/**
 * Registers the eager detector (entrypoints/portal.content) on exactly the
 * granted other-portal origins, or removes it when there are none. Chrome
 * keeps the registration across restarts; calling this at every start and
 * on every change keeps it equal to the permissions, whatever happened between.
 */
export async function syncOtherPortalScripts(): Promise<void> {
  const origins = await grantedOrigins();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (origins.length === 0) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = { id: SCRIPT_ID, js: [DETECTOR], matches: origins, runAt: 'document_start' as const, allFrames: false };
  await (existing.length ? browser.scripting.updateContentScripts([script]) : browser.scripting.registerContentScripts([script]));
}

/** Tabs already open on a newly granted origin get the detector now, without a reload. */
async function injectIntoOpenTabs(origins: string[]): Promise<void> {
  const tabs = await browser.tabs.query({ url: origins }).catch(() => []);
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.scripting.executeScript({ target: { tabId: tab.id }, files: [DETECTOR] }).catch(() => undefined),
    ),
  );
}

/**
 * Revoked: its pages lose the assistant at once. Without the `tabs` permission
 * the background cannot see which tab shows what, so every tab is told; only
 * scripts on a revoked origin listen for it (lib/portal/stop-on-revoke.dom.ts).
 */
async function tellRevoked(origins: string[]): Promise<void> {
  const message: OtherPortalRevoked = { type: 'other-portal/revoked', origins };
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined))));
}

export function installOtherPortals(): void {
  void syncOtherPortalScripts().catch((error: unknown) => console.warn('other portals: registration not synced', error));
  browser.permissions.onAdded.addListener((added) => {
    const origins = (added.origins ?? []).filter(isOtherPortalPattern);
    if (origins.length) void syncOtherPortalScripts().then(() => injectIntoOpenTabs(origins));
  });
  browser.permissions.onRemoved.addListener((removed) => {
    const origins = (removed.origins ?? []).filter(isOtherPortalPattern);
    if (origins.length) void syncOtherPortalScripts().then(() => tellRevoked(origins));
  });
}
