import { otherPortalOrigin } from '../portal/other-portals';

/** The part of the Navigation API's `navigate` event read here (Chromium; not in TypeScript's DOM types yet). */
interface NavigateEvent extends Event {
  destination?: { url?: unknown };
}

/**
 * Calls `onLeave` with the address when the page starts navigating to one of
 * the other portals ("Nộp trực tuyến" handing the filing to a province's
 * portal). The page's own navigation says where it goes: nothing is guessed,
 * and no permission on the other site is needed to know it.
 */
export function watchHandOff(onLeave: (url: string) => void): () => void {
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (!navigation) return () => {};
  const listener = (event: Event) => {
    const url = (event as NavigateEvent).destination?.url;
    if (typeof url === 'string' && otherPortalOrigin(url)) onLeave(url);
  };
  navigation.addEventListener('navigate', listener);
  return () => navigation.removeEventListener('navigate', listener);
}
