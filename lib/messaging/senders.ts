import { detectPageFromUrl } from '../portal/page-kind';
import type { RequestOf, RequestType } from './protocol';

/** What Chrome tells the background about who sent a message (`runtime.MessageSender`). */
export interface SenderInfo {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

/**
 * Who may speak to the background. `extension-page`: the side panel, options
 * and slip pages (this extension's origin, not framed in a web page).
 * `portal-page`: the content scripts in the top frame of a portal tab on a
 * required host, or on an other portal (only reachable once the user granted it). Anything else (another extension, a web page, this
 * extension's pre-check frame embedded in a page, a sub-frame) is nobody.
 */
export type SenderKind = 'extension-page' | 'portal-page';

function parseUrl(url: string | undefined): URL | null {
  try {
    return url ? new URL(url) : null;
  } catch {
    return null;
  }
}

export function classifySender(sender: SenderInfo, extensionId: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  const url = parseUrl(sender.url);
  if (!url) return null;
  const topFrame = sender.frameId === undefined || sender.frameId === 0;
  if (url.protocol === 'chrome-extension:' && url.hostname === extensionId) {
    // The pre-check frame lives inside a portal page: whatever it sent would be the page's doing.
    return sender.tab && !topFrame ? null : 'extension-page';
  }
  // The content scripts run in top frames only (no allFrames), on the required hosts and granted other portals.
  if (sender.tab && sender.frameId === 0 && detectPageFromUrl(url.href).site !== 'other') return 'portal-page';
  return null;
}

type PortalRule<K extends RequestType> = boolean | ((message: RequestOf<K>) => boolean);

/**
 * What a portal page may ask, per message type (extension pages may ask
 * everything). A portal tab reports what it sees and drives the guide and the
 * pre-check; settings, sessions, tallies and catalog updates belong to the
 * extension's own pages. A new message type must take a side here.
 */
const PORTAL_MAY_SEND: { [K in RequestType]: PortalRule<K> } = {
  'page/seen': true,
  'page/activity': true,
  'procedure/seen': true,
  'settings/get': true,
  'settings/set': false,
  'session/get': false,
  // A freshness tag, not a secret: it lets the overlay's writes be told apart from a previous citizen's.
  'session/id': true,
  'session/start': false,
  'session/end': false,
  'session/touch': false,
  'session/set-priority': false,
  'session/dismiss-reminder': false,
  'session/clear-personal': false,
  // The overlay counts the VNeID reminders it shows; the other events are the side panel's and the slip's.
  'tally/record': (m) => m.event.kind === 'vneid-reminder',
  'tally/month': false,
  'tally/export': false,
  'tally/reset': false,
  // A returned dossier is the helper's record of one citizen: only the extension's pages write or show it.
  'returned/record': false,
  'returned/note': false,
  'returned/open-note': false,
  'slip/set': true,
  'slip/get': false,
  'slip/open': true,
  'catalog/status': false,
  'catalog/search': false,
  'catalog/get': false,
  // Reads the local catalog only (no citizen data): the overlay's reading of a page gets the catalog's annex skips and fallback checklist.
  'catalog/match': true,
  // The handler keeps only reports that match the tab's own procedure page (handlers/catalog.ts).
  'catalog/upsert-from-page': true,
  'catalog/update-from-url': false,
  'catalog/owned-set': false,
  // Public rules, no citizen data: the overlay classifies the page's rows with the newest.
  'catalog/knowledge': true,
  'guide/start': true,
  'guide/get': true,
  'guide/advance': true,
  'guide/stop': true,
};

export function senderMaySend(kind: SenderKind, message: RequestOf<RequestType>): boolean {
  if (kind === 'extension-page') return true;
  const rule = PORTAL_MAY_SEND[message.type] as PortalRule<RequestType>;
  return typeof rule === 'function' ? rule(message) : rule;
}
