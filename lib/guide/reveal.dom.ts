import { headerBottom } from '@/lib/portal/fixed-header.dom';

const MARGIN = 16;
/** Room the step card needs beside or above/below its target (its usual size at normal text). */
const CARD_ROOM = { width: 360, height: 320 };

/**
 * Scrolls the target into view below any fixed header, leaving room for the
 * step card: a target with room at its side is centred; a wide one goes just
 * below the header, so the card fits under it. Scrollable containers are
 * scrolled by scrollIntoView itself; the window is then set past the header.
 * Instant, so the spotlight follows at once and nothing glides for users who
 * asked for reduced motion.
 */
export function revealTarget(target: Element, host: Element | null): void {
  const top = headerBottom(host) + MARGIN;
  const bottom = window.innerHeight - MARGIN;
  const fits = (r: DOMRect) => {
    const side = Math.max(r.left, window.innerWidth - r.right) >= CARD_ROOM.width;
    return r.top >= top && r.bottom <= bottom && (side || r.top - top >= CARD_ROOM.height || bottom - r.bottom >= CARD_ROOM.height);
  };
  if (fits(target.getBoundingClientRect())) return;
  target.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  const r = target.getBoundingClientRect();
  const side = Math.max(r.left, window.innerWidth - r.right) >= CARD_ROOM.width;
  const wanted = side ? top + Math.max(0, (bottom - top - r.height) / 2) : top;
  window.scrollBy({ top: r.top - wanted, behavior: 'instant' });
}
