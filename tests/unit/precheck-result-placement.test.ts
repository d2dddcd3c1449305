import { describe, expect, it } from 'vitest';
import { MIN_CARD_WIDTH, placeResults, type RowToPlace } from '../../lib/precheck/result-placement';

/** The replica's papers table at 1280 px: STT, Tên giấy tờ, Số lượng, Tệp đính kèm, the upload button. */
const row = (top: number, height = 48): RowToPlace => ({
  row: { x: 32, y: top, width: 1216, height },
  name: { x: 82, y: top, width: 760, height },
  trigger: { x: 1180, y: top, width: 68, height },
  cardHeight: 60,
});
const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placeResults', () => {
  it('puts each card just below its row, right of the names, clear of the upload buttons, stacked without overlap', () => {
    const rows = [row(300), row(348), row(396)];
    const placed = placeResults(rows, { width: 1280, height: 800 });
    for (const [i, p] of placed.entries()) {
      const card = { x: p.x, y: p.y, width: p.width, height: 60 };
      for (const r of rows) expect(overlaps(card, r.name as RowToPlace['row'])).toBe(false);
      expect(p.x + p.width).toBeLessThanOrEqual(1180);
      expect(p.width).toBeGreaterThanOrEqual(MIN_CARD_WIDTH);
      if (i > 0) expect(p.y).toBeGreaterThanOrEqual((placed[i - 1]?.y ?? 0) + 60);
    }
    expect(placed[0]?.y).toBe(354);
  });
  it('goes beside the table when the window has room there', () => {
    const [p] = placeResults([row(300)], { width: 1920, height: 1000 });
    expect(p).toMatchObject({ x: 1254, y: 300 });
  });
  it('hides a card whose row is scrolled out of the window', () => {
    expect(placeResults([row(-100), row(900)], { width: 1280, height: 800 }).map((p) => p.visible)).toEqual([false, false]);
  });
  it('on a narrow window, reaches over the names rather than shrink below reading width', () => {
    const narrow: RowToPlace = { row: { x: 0, y: 0, width: 360, height: 40 }, name: { x: 30, y: 0, width: 250, height: 40 }, trigger: null, cardHeight: 50 };
    const [p] = placeResults([narrow], { width: 360, height: 640 });
    expect(p?.width).toBeGreaterThanOrEqual(MIN_CARD_WIDTH);
    expect(p?.x).toBeGreaterThanOrEqual(0);
  });
});
