import { browser } from 'wxt/browser';
import { ask } from './client';
import { CitizenWiped } from './session';

export interface SessionIdFollower {
  /** The id this tab's per-citizen writes carry now (asked from the background until known). */
  current(): Promise<string>;
  dispose(): void;
}

/**
 * A portal tab's knowledge of the session its writes belong to: asked
 * (`session/id`), then replaced by every wipe's `citizen/wiped`, which also
 * calls `onWiped` (the overlay forgets the previous citizen's files). A wipe
 * heard while the question is out wins over its answer, which may predate it.
 */
export function followSessionId(onWiped: () => void): SessionIdFollower {
  let known: string | null = null;
  const onMessage = (message: unknown, sender: { id?: string }) => {
    const wiped = sender.id === browser.runtime.id ? CitizenWiped.safeParse(message) : null;
    if (!wiped?.success) return;
    known = wiped.data.sessionId;
    onWiped();
  };
  browser.runtime.onMessage.addListener(onMessage);
  const current = async () => {
    if (known !== null) return known;
    const { sessionId } = await ask({ type: 'session/id' });
    known ??= sessionId;
    return known;
  };
  // Asked at once, so the first write does not wait for it.
  current().catch(() => {});
  return { current, dispose: () => browser.runtime.onMessage.removeListener(onMessage) };
}
