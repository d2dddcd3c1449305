/**
 * How far down the viewport the page's own fixed or sticky header reaches:
 * a target scrolled "into view" under it is still hidden.
 */
export function headerBottom(ignore: Element | null = null): number {
  let bottom = 0;
  for (const x of [0.25, 0.5, 0.75].map((f) => Math.round(window.innerWidth * f))) {
    for (let el = document.elementFromPoint(x, 2); el && el !== document.body && el !== document.documentElement; el = el.parentElement) {
      if (ignore?.contains(el)) break;
      const position = getComputedStyle(el).position;
      if (position !== 'fixed' && position !== 'sticky') continue;
      const rect = el.getBoundingClientRect();
      // A full-screen fixed layer (a modal backdrop) is not a header.
      if (rect.top <= 2 && rect.height < window.innerHeight * 0.5) bottom = Math.max(bottom, rect.bottom);
      break;
    }
  }
  return bottom;
}
