import { describe, expect, it } from 'vitest';
import { type Box, clearOfTarget } from '@/lib/guide/placement';

const viewport = { width: 1280, height: 860, top: 0 };
const card = { width: 360, height: 220 };
const covers = (p: { x: number; y: number }, t: Box) =>
  p.x < t.x + t.width && p.x + card.width > t.x && p.y < t.y + t.height && p.y + card.height > t.y;

describe('clearOfTarget', () => {
  it('keeps the library’s position when it is already clear', () => {
    const target = { x: 100, y: 100, width: 120, height: 40 };
    expect(clearOfTarget(card, { x: 100, y: 152 }, target, viewport)).toEqual({ x: 100, y: 152 });
  });

  it('moves a card that would cover its target beside it, inside the viewport', () => {
    const target = { x: 500, y: 300, width: 200, height: 48 };
    const p = clearOfTarget(card, { x: 500, y: 300 }, target, viewport);
    expect(covers(p, target)).toBe(false);
    expect(p.y).toBe(356);
  });

  it('uses the room above, or to the side, when the target sits low or fills the height', () => {
    const low = { x: 500, y: 700, width: 200, height: 140 };
    const above = clearOfTarget(card, { x: 500, y: 700 }, low, viewport);
    expect(covers(above, low)).toBe(false);
    expect(above.y + card.height).toBeLessThanOrEqual(low.y);
    const tall = { x: 0, y: 0, width: 700, height: 860 };
    const side = clearOfTarget(card, { x: 10, y: 10 }, tall, viewport);
    expect(covers(side, tall)).toBe(false);
    expect(side.x).toBeGreaterThanOrEqual(708);
  });

  it('stays below the page’s fixed header', () => {
    const target = { x: 40, y: 90, width: 1200, height: 500 };
    const p = clearOfTarget(card, { x: 40, y: 20 }, target, { ...viewport, top: 80 });
    expect(p.y).toBeGreaterThanOrEqual(88);
    expect(covers(p, target)).toBe(false);
  });

  it('stays inside the viewport when the target fills the screen', () => {
    const full = { x: 0, y: 0, width: 1280, height: 860 };
    const p = clearOfTarget(card, { x: 1100, y: 800 }, full, viewport);
    expect(p).toEqual({ x: 1280 - 360 - 8, y: 860 - 220 - 8 });
  });
});
