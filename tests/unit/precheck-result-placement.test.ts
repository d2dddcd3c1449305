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
  it('shortens a card running off the bottom while enough of it shows below its row', () => {
    const [p] = placeResults([{ ...row(500), cardHeight: 400 }], { width: 1280, height: 800 });
    expect(p).toMatchObject({ y: 554, maxHeight: 800 - 6 - 554 });
  });
  it('at the bottom of the window, moves a card up just enough to show some of it, and the card above it with it, still off the names', () => {
    const rows = [{ ...row(600), cardHeight: 150 }, { ...row(760, 30), cardHeight: 250 }];
    const placed = placeResults(rows, { width: 1280, height: 800 });
    expect(placed[1]).toMatchObject({ y: 800 - 6 - 120, maxHeight: 120 });
    const cards = placed.map((p, i) => ({ x: p.x, y: p.y, width: p.width, height: p.maxHeight ?? rows[i]?.cardHeight ?? 0 }));
    expect((cards[0]?.y ?? 0) + (cards[0]?.height ?? 0)).toBeLessThanOrEqual(cards[1]?.y ?? 0);
    for (const card of cards) {
      expect(card.y).toBeGreaterThanOrEqual(0);
      for (const r of rows) expect(overlaps(card, r.name as RowToPlace['row'])).toBe(false);
    }
  });
  it('when the shown cards are taller than the window together, gives each its share, in order, none outside', () => {
    const rows = [row(100), row(148), row(196), row(900)].map((r) => ({ ...r, cardHeight: 400 }));
    const placed = placeResults(rows, { width: 1280, height: 800 });
    const shown = placed.slice(0, 3);
    for (const [i, p] of shown.entries()) {
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y + (p.maxHeight ?? 400)).toBeLessThanOrEqual(800);
      if (i > 0) expect(p.y).toBeGreaterThanOrEqual((shown[i - 1]?.y ?? 0) + (shown[i - 1]?.maxHeight ?? 400));
    }
    // A row below the window keeps its hidden card where it was, pulling none of the shown ones.
    expect(placed[3]).toMatchObject({ visible: false, maxHeight: null });
  });
  it('on a narrow window, reaches over the names rather than shrink below reading width', () => {
    const narrow: RowToPlace = { row: { x: 0, y: 0, width: 360, height: 40 }, name: { x: 30, y: 0, width: 250, height: 40 }, trigger: null, cardHeight: 50 };
    const [p] = placeResults([narrow], { width: 360, height: 640 });
    expect(p?.width).toBeGreaterThanOrEqual(MIN_CARD_WIDTH);
    expect(p?.x).toBeGreaterThanOrEqual(0);
  });
});
