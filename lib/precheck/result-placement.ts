import type { Box } from '../guide/placement';

/** One upload row as measured on screen, with the height its result card needs. */
export interface RowToPlace {
  row: Box;
  /** The "Tên giấy tờ" cell: the one thing a result must never cover. */
  name: Box | null;
  /** The cell with the row's upload button: kept clear when there is room beside it. */
  trigger: Box | null;
  cardHeight: number;
}

export interface PlacedResult {
  x: number;
  y: number;
  width: number;
  /** Set when the cards shown would not fit in the window at their own heights: each then scrolls inside itself. */
  maxHeight: number | null;
  /** False while the row is scrolled out of the window. */
  visible: boolean;
}

/** Narrower than this a card wraps too much to read; it then takes the whole space right of the name. */
export const MIN_CARD_WIDTH = 220;
const MAX_CARD_WIDTH = 380;
/** A card kept in the window shows at least this much of itself (a few lines), scrolling inside for the rest. */
const MIN_SHOWN_HEIGHT = 120;
const GAP = 6;

/**
 * Where each row's result card goes: just below its row, in the columns
 * right of the paper's name (the counts and attached-files columns, keeping
 * the upload button clear when they are wide enough), or to the right of the
 * table when the window has room there. A card never goes above the one
 * before it, so a long result pushes the next down rather than covering it.
 * A card that would run off the window's bottom is shortened, or moved up
 * (the ones above it with it) when little of it would show, still right of
 * the names; when the shown cards together are taller than the window, each
 * gets its share of it. Only when the table leaves no
 * room right of the names (a narrow window) does a card reach over them. Pure
 * geometry; rows in page order.
 */
export function placeResults(rows: readonly RowToPlace[], viewport: { width: number; height: number }): PlacedResult[] {
  let floor = Number.NEGATIVE_INFINITY;
  const placed = rows.map(({ row, name, trigger, cardHeight }) => {
    const right = row.x + row.width;
    const besideTable = viewport.width - right - 2 * GAP;
    let x: number;
    let width: number;
    let y: number;
    if (besideTable >= MIN_CARD_WIDTH) {
      x = right + GAP;
      width = Math.min(MAX_CARD_WIDTH, besideTable);
      y = row.y;
    } else {
      const start = name ? name.x + name.width + GAP : row.x;
      const end = trigger && trigger.x - GAP - start >= MIN_CARD_WIDTH ? trigger.x - GAP : right;
      width = Math.min(MAX_CARD_WIDTH, end - start);
      if (width < MIN_CARD_WIDTH) width = Math.min(MAX_CARD_WIDTH, viewport.width - 2 * GAP);
      x = Math.max(GAP, Math.min(end - width, viewport.width - width - GAP));
      y = row.y + row.height + GAP;
    }
    y = Math.max(y, floor + GAP);
    floor = y + cardHeight;
    const visible = row.y + row.height > 0 && row.y < viewport.height;
    return { x, y, width, maxHeight: null, visible };
  });
  return keepInWindow(placed, rows.map((r) => r.cardHeight), viewport.height);
}

/**
 * Keeps the shown cards inside the window, from the bottom one up: a card
 * running off the bottom (or onto the card below it) gives up height and
 * scrolls inside itself, and moves up only as far as needed to show
 * MIN_SHOWN_HEIGHT of it, pushing the cards above it up in turn. If they
 * still do not fit, they stack from the top edge, each limited to its share.
 */
function keepInWindow(placed: PlacedResult[], heights: readonly number[], windowHeight: number): PlacedResult[] {
  const shown = placed.flatMap((p, i) => (p.visible ? [i] : []));
  let ceiling = windowHeight - GAP;
  for (const i of shown.toReversed()) {
    const p = placed[i] as PlacedResult;
    const full = heights[i] as number;
    p.y = Math.min(p.y, ceiling - Math.min(full, MIN_SHOWN_HEIGHT));
    p.maxHeight = full > ceiling - p.y ? ceiling - p.y : null;
    ceiling = p.y - GAP;
  }
  const top = shown[0] === undefined ? GAP : (placed[shown[0]] as PlacedResult).y;
  if (top >= GAP) return placed;
  const total = shown.reduce((sum, i) => sum + (heights[i] as number), 0);
  const share = (windowHeight - GAP * (shown.length + 1)) / total;
  let y = GAP;
  for (const i of shown) {
    const p = placed[i] as PlacedResult;
    p.y = y;
    p.maxHeight = Math.floor((heights[i] as number) * share);
    y += p.maxHeight + GAP;
  }
  return placed;
}
