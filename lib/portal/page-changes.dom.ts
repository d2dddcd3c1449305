/**
 * One MutationObserver for every overlay feature that follows the portal's
 * DOM (guide targets, notices, the step ahead, the page kind, the checklist
 * table). Listeners run at once for the first change after a quiet spell, so
 * a target that appears is seen without delay; changes during the next
 * `THROTTLE_MS` are coalesced into one more run at its end. A page that
 * mutates in a loop thus costs at most two runs of each listener per window,
 * whatever the number of mutations.
 */
export const THROTTLE_MS = 50;

/** What any subscriber needs to see: insertions and removals, text, the attributes that show or hide things, and a control's state. */
const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['hidden', 'aria-hidden', 'aria-current', 'aria-checked', 'aria-expanded', 'class', 'style', 'data-state', 'open', 'inert'],
};

type Listener = () => void;

interface Hub {
  listeners: Set<Listener>;
  observer: MutationObserver;
  /** End of the current throttle window, or null when quiet. */
  window: ReturnType<typeof setTimeout> | null;
  /** A change arrived during the window: run once more at its end. */
  pending: boolean;
}

const hubs = new WeakMap<Node, Hub>();

function run(hub: Hub) {
  // A copy: a listener may unsubscribe itself or another while running.
  for (const listener of [...hub.listeners]) listener();
}

function openWindow(hub: Hub) {
  hub.window = setTimeout(() => {
    hub.window = null;
    if (!hub.pending) return;
    hub.pending = false;
    run(hub);
    openWindow(hub);
  }, THROTTLE_MS);
}

function hubFor(root: Node): Hub {
  const existing = hubs.get(root);
  if (existing) return existing;
  const hub: Hub = {
    listeners: new Set(),
    observer: new MutationObserver((records) => {
      if (records.length === 0) return;
      if (hub.window !== null) {
        hub.pending = true;
        return;
      }
      run(hub);
      openWindow(hub);
    }),
    window: null,
    pending: false,
  };
  hubs.set(root, hub);
  return hub;
}

/**
 * Calls `listener` after DOM changes under `root` (throttled, see above).
 * Returns the unsubscribe function; the observer stops with its last listener.
 */
export function onPageChange(listener: Listener, root: Node = document): () => void {
  const hub = hubFor(root);
  if (hub.listeners.size === 0) hub.observer.observe(root, OBSERVED);
  hub.listeners.add(listener);
  return () => {
    if (!hub.listeners.delete(listener) || hub.listeners.size > 0) return;
    hub.observer.disconnect();
    if (hub.window !== null) clearTimeout(hub.window);
    hub.window = null;
    hub.pending = false;
  };
}
