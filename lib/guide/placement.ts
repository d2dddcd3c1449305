export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, Math.max(min, max)));

/**
 * Where the card goes so it never covers its target. `proposed` is the
 * positioning library's answer (placed, flipped, shifted); when that still
 * overlaps the target (plus `gap`), the card tries below, above, right and
 * left of the target inside the free viewport (below the page's fixed header,
 * `top`), then the viewport's corners, and takes the first that is clear —
 * or the one covering the least when the target fills the screen.
 */
export function clearOfTarget(card: { width: number; height: number }, proposed: Point, target: Box, viewport: { width: number; height: number; top: number }, gap = 8): Point {
  const keepOut: Box = { x: target.x - gap, y: target.y - gap, width: target.width + 2 * gap, height: target.height + 2 * gap };
  const fitX = (x: number) => clamp(x, gap, viewport.width - card.width - gap);
  const fitY = (y: number) => clamp(y, viewport.top + gap, viewport.height - card.height - gap);
  const candidates: Point[] = [
    { x: fitX(proposed.x), y: fitY(proposed.y) },
    { x: fitX(target.x), y: fitY(keepOut.y + keepOut.height) },
    { x: fitX(target.x), y: fitY(keepOut.y - card.height) },
    { x: fitX(keepOut.x + keepOut.width), y: fitY(target.y) },
    { x: fitX(keepOut.x - card.width), y: fitY(target.y) },
    { x: fitX(viewport.width), y: fitY(viewport.height) },
    { x: fitX(0), y: fitY(viewport.height) },
    { x: fitX(viewport.width), y: fitY(0) },
    { x: fitX(0), y: fitY(0) },
  ];
  let best = candidates[0] as Point;
  let bestArea = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const area = overlapArea({ ...c, ...card }, keepOut);
    if (area === 0) return c;
    if (area < bestArea) {
      best = c;
      bestArea = area;
    }
  }
  return best;
}
