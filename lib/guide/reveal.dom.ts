import { headerBottom } from '@/lib/portal/fixed-header.dom';
import { viewportRect } from '@/lib/portal/frames.dom';

type Rect = ReturnType<typeof viewportRect>;

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
  // In the top window's viewport, also for a target in a same-host frame.
  const sideRoom = (r: Rect) => Math.max(r.x, window.innerWidth - r.x - r.width) >= CARD_ROOM.width;
  const fits = (r: Rect) =>
    r.y >= top && r.y + r.height <= bottom && (sideRoom(r) || r.y - top >= CARD_ROOM.height || bottom - r.y - r.height >= CARD_ROOM.height);
  if (fits(viewportRect(target))) return;
  target.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  const r = viewportRect(target);
  const wanted = sideRoom(r) ? top + Math.max(0, (bottom - top - r.height) / 2) : top;
  window.scrollBy({ top: r.y - wanted, behavior: 'instant' });
}
