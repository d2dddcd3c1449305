// Bundled into the page by tests/support/selector-probe.ts (test-only: the extension never exposes this).
import { resolveEntry, strategiesOf } from '../../lib/portal/find-target';
import { isSelectorName, SELECTORS } from '../../lib/portal/selectors';
import { isShown } from '../../lib/portal/track-target.dom';

const related = (a: Element, b: Element) => a === b || a.contains(b) || b.contains(a);

(window as unknown as { __dvcProbe: unknown }).__dvcProbe = (names: string[]) =>
  names.map((name) => {
    if (!isSelectorName(name)) return { name, count: -1, via: null, strategies: [] };
    const entry = SELECTORS[name];
    const resolved = resolveEntry(document, entry, { isShown });
    const primary = resolved?.elements[0] ?? null;
    return {
      name,
      count: resolved?.elements.length ?? 0,
      via: resolved?.via ?? null,
      strategies: strategiesOf(entry).map((s) => {
        const found = s.find(document, { isShown });
        return { via: s.via, found: found.length, agrees: primary !== null && found.some((el) => related(el, primary)) };
      }),
    };
  });
