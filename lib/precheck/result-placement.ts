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
  /** False while the row is scrolled out of the window. */
  visible: boolean;
}

/** Narrower than this a card wraps too much to read; it then takes the whole space right of the name. */
export const MIN_CARD_WIDTH = 220;
const MAX_CARD_WIDTH = 380;
const GAP = 6;

/**
 * Where each row's result card goes: just below its row, in the columns
 * right of the paper's name (the counts and attached-files columns, keeping
 * the upload button clear when they are wide enough), or to the right of the
 * table when the window has room there. A card never goes above the one
 * before it, so a long result pushes the next down rather than covering it.
 * Only when the table leaves no room right of the names (a narrow window)
 * does a card reach over them. Pure geometry; rows in page order.
 */
export function placeResults(rows: readonly RowToPlace[], viewport: { width: number; height: number }): PlacedResult[] {
  let floor = Number.NEGATIVE_INFINITY;
  return rows.map(({ row, name, trigger, cardHeight }) => {
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
    return { x, y, width, visible };
  });
}
