import { type GuideEvent, type GuideProgress as Progress, GuideProgress, reduce, startGuide, viewOf } from '@/lib/guide/engine';
import { guideFor } from '@/lib/guide/guides';
import type { GuideChanged } from '@/lib/messaging/guide';
import type { HandlerMap } from '@/lib/messaging/router';
import { tellPortalTabs } from '../portal-tabs';
import { citizenWrite, registerCitizenWipe } from '../session-scope';
import { guideItem } from '../storage';

/**
 * Guide progress lives in session storage, not in memory: it survives page
 * loads, new tabs and the service worker being stopped, and goes away with
 * the browser session. Updates are serialized so two tabs reporting at once
 * cannot lose a step, and each is a per-citizen write (`citizenWrite`): a step
 * reported for the previous citizen does not move the next one's guide.
 */
let queue: Promise<unknown> = Promise.resolve();
function serialized<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => {});
  return next;
}

async function readProgress(): Promise<Progress | null> {
  const parsed = GuideProgress.safeParse(await guideItem.getValue());
  return parsed.success ? parsed.data : null;
}

/** Tells every portal tab and the side panel to fetch the guide again (they ask `guide/get`). */
async function announce(revision: number | null): Promise<void> {
  const message: GuideChanged = { type: 'guide/changed', revision };
  // Extension pages (the side panel); none open is not an error.
  void browser.runtime.sendMessage(message).catch(() => {});
  await tellPortalTabs(message);
}

async function save(progress: Progress | null, before: Progress | null): Promise<void> {
  if (progress === before) return;
  if (progress) await guideItem.setValue(progress);
  else await guideItem.removeValue();
  await announce(progress?.revision ?? null);
}

const view = (progress: Progress | null) => (progress ? viewOf(guideFor(progress.guideId, progress.items), progress) : null);

/** Whether a guide is running: then the overlay goes on every portal page. */
export async function guideActive(): Promise<boolean> {
  return (await readProgress()) !== null;
}

/** Forgets the guide in progress and takes its card off the open portal pages. */
export function wipeGuide(): Promise<void> {
  return serialized(async () => save(null, await readProgress()));
}
// Session storage is wiped wholesale between citizens; this also clears the cards already on screen.
registerCitizenWipe('guide', wipeGuide);

/** A hand-off and a return are told apart by tab: the tab is the one Chrome names as the sender, whatever the page said. */
function withSenderTab(event: GuideEvent, tabId: number | undefined): GuideEvent {
  return event.type === 'page-changed' || event.type === 'handed-off' ? { ...event, tabId: tabId ?? null } : event;
}

export const guideHandlers: HandlerMap<'guide/start' | 'guide/get' | 'guide/advance' | 'guide/stop'> = {
  'guide/start'(message) {
    return citizenWrite(message.sessionId, () => serialized(async () => {
      const before = await readProgress();
      const guide = guideFor(message.guideId, message.items);
      const started = startGuide(guide, message.guideId, { procedure: message.procedure, items: message.items, page: message.page ?? undefined });
      const progress = { ...started, revision: (before?.revision ?? 0) + 1 };
      await save(progress, before);
      return viewOf(guide, progress);
    }));
  },
  async 'guide/get'() {
    return view(await readProgress());
  },
  'guide/advance'(message, sender) {
    return citizenWrite(message.sessionId, () => serialized(async () => {
      const before = await readProgress();
      if (!before) return null;
      const after = reduce(guideFor(before.guideId, before.items), before, withSenderTab(message.event, sender.tab?.id));
      await save(after, before);
      return view(after);
    }));
  },
  'guide/stop'(message) {
    return citizenWrite(message.sessionId, async () => {
      await wipeGuide();
      return null;
    });
  },
};
