/** Attributes a page's modal puts on everything outside it (Radix hideOthers, inert polyfills). */
const SILENCING = ['aria-hidden', 'inert'];

/**
 * Keeps the overlay's host the last child of <body> and reachable: the
 * portal appends its own dialogs and popovers to the end of <body>, and at an
 * equal z-index the later element wins; its modals also mark the rest of the
 * page aria-hidden/inert, which would hide the guide card from assistive
 * technology while the guide is pointing inside that very modal.
 */
export function keepOnTop(host: HTMLElement): () => void {
  let recentMoves: number[] = [];
  const bodyObserver = new MutationObserver(() => {
    if (host.parentElement !== document.body || !host.nextElementSibling) return;
    // Another script fighting for the last place would loop forever: yield after a burst.
    const now = Date.now();
    recentMoves = recentMoves.filter((t) => now - t < 2000);
    if (recentMoves.length >= 20) return;
    recentMoves.push(now);
    // moveBefore keeps what the host holds alive: a plain re-append reloads
    // the pre-check frame inside it, losing its worker and what it was given.
    const body: HTMLElement & { moveBefore?: (node: Node, child: Node | null) => void } = document.body;
    if (body.moveBefore) body.moveBefore(host, null);
    else body.append(host);
  });
  bodyObserver.observe(document.body, { childList: true });
  const hostObserver = new MutationObserver(() => {
    for (const name of SILENCING) if (host.hasAttribute(name)) host.removeAttribute(name);
  });
  hostObserver.observe(host, { attributes: true, attributeFilter: SILENCING });
  return () => {
    bodyObserver.disconnect();
    hostObserver.disconnect();
  };
}
