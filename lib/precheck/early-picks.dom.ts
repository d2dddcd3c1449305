/**
 * Files the user picks before the overlay is there to check them.
 *
 * The overlay is injected by the background once the page is classified, a
 * moment after the page shows its upload buttons; a quick user (or a slow
 * background) can attach a file in between, and that file must still get its
 * checks and its held-by-state reminder. The eager content script records
 * picks from the start of the page; the overlay takes them over when it
 * arrives. Both run in the extension's isolated world, which the page's own
 * scripts cannot read or write, so the page cannot plant picks here.
 */
export interface EarlyPick {
  file: File;
  input: HTMLInputElement;
  /**
   * Where the pick may have come from, likeliest first: the last clicks
   * (the portal's own script may click its hidden input after the user
   * clicked the row's button), then what had the focus.
   */
  origins: Element[];
}

interface PickBuffer {
  picks: EarlyPick[];
  taken: boolean;
}

/** Enough for a whole papers table picked in a rush; older picks give way (their File objects are not kept). */
const MAX_PICKS = 20;
const MAX_CLICKS = 4;
const KEY = '__dvcEarlyPicks';

function buffer(): PickBuffer {
  const scope = globalThis as typeof globalThis & { [KEY]?: PickBuffer };
  scope[KEY] ??= { picks: [], taken: false };
  return scope[KEY];
}

/** Starts recording (capture phase, passive): called by the eager content script as early as it runs. */
export function recordEarlyPicks(doc: Document): () => void {
  let clicks: Element[] = [];
  const onClick = (event: Event) => {
    if (event.target instanceof Element) clicks = [event.target, ...clicks.slice(0, MAX_CLICKS - 1)];
  };
  const onChange = (event: Event) => {
    const store = buffer();
    const input = event.target;
    if (store.taken || !(input instanceof HTMLInputElement) || input.type !== 'file') return;
    const origins = doc.activeElement ? [...clicks, doc.activeElement] : [...clicks];
    for (const file of Array.from(input.files ?? [])) store.picks.push({ file, input, origins });
    store.picks.splice(0, Math.max(0, store.picks.length - MAX_PICKS));
  };
  doc.addEventListener('click', onClick, { capture: true, passive: true });
  doc.addEventListener('change', onChange, { capture: true, passive: true });
  return () => {
    doc.removeEventListener('click', onClick, { capture: true });
    doc.removeEventListener('change', onChange, { capture: true });
  };
}

/**
 * Hands the recorded picks to the overlay, once, and stops recording: from
 * now on the overlay's own listeners see every pick. Call it in the same
 * task that installs those listeners, so no pick falls between the two.
 */
export function takeEarlyPicks(): EarlyPick[] {
  const store = buffer();
  store.taken = true;
  return store.picks.splice(0);
}
