import { onPageChange } from '../portal/page-changes.dom';
import { detectPageFromDom } from '../portal/page-dom';
import { detectPageFromUrl } from '../portal/page-kind';
import type { PageInfo } from './engine';

/** The page the user is on: the URL's kind, refined from the DOM where the URL does not tell (wizard steps, dialogs). */
export function readPage(): PageInfo {
  const fromUrl = detectPageFromUrl(location.href);
  return { kind: detectPageFromDom(document, fromUrl), site: fromUrl.site, url: location.href };
}

const same = (a: PageInfo, b: PageInfo) => a.kind === b.kind && a.url === b.url && a.site === b.site;

/**
 * Calls `onChange` when the page changes without a load: SPA navigation, a
 * wizard step or dialog rendered in place. DOM changes are coalesced so a
 * busy page costs one check per `settleMs`.
 */
export function watchPage(onChange: (page: PageInfo) => void, settleMs = 40): () => void {
  let last = readPage();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const check = () => {
    timer = null;
    const now = readPage();
    if (same(now, last)) return;
    last = now;
    onChange(now);
  };
  const schedule = () => {
    if (timer === null) timer = setTimeout(check, settleMs);
  };
  const stop = onPageChange(schedule);
  window.addEventListener('popstate', schedule);
  window.addEventListener('hashchange', schedule);
  return () => {
    stop();
    window.removeEventListener('popstate', schedule);
    window.removeEventListener('hashchange', schedule);
    if (timer !== null) clearTimeout(timer);
  };
}
