import { autoUpdate } from '@floating-ui/dom';
import { useLayoutEffect, useRef } from 'react';
import type { Box } from '@/lib/guide/placement';
import { placeResults } from '@/lib/precheck/result-placement';
import { type PrecheckActions, PrecheckRowCard, type PrecheckView } from './PrecheckDock';

const box = (el: Element): Box => {
  const r = el.getBoundingClientRect();
  return { x: r.left, y: r.top, width: r.width, height: r.height };
};

/**
 * Each shown row's results in a card of its own, placed beside its row on the
 * page (lib/precheck/result-placement.ts: below the row, right of the paper's
 * name, never over it) and following it as the page scrolls or re-lays out
 * (floating-ui's autoUpdate). Cards let clicks through to the portal except
 * on their own buttons and links (overlay.css).
 */
export function PrecheckRowResults({ view, actions }: { view: PrecheckView; actions: PrecheckActions }) {
  const rows = view.rows.filter((r) => r.anchor);
  const layer = useRef<HTMLDivElement>(null);
  // "Vẫn tải lên" removes itself: the focus goes to its row's card rather than to the top of the page.
  const refocus = useRef<string | null>(null);
  useLayoutEffect(() => {
    const el = layer.current;
    const first = rows[0]?.anchor;
    if (!el || !first) return;
    if (refocus.current !== null) {
      el.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(refocus.current)}"]`)?.focus();
      refocus.current = null;
    }
    const cards = Array.from(el.children) as HTMLElement[];
    const place = () => {
      const measured = rows.map((r, i) => {
        const anchor = r.anchor as NonNullable<typeof r.anchor>;
        return {
          row: box(anchor.row),
          name: anchor.nameCell && box(anchor.nameCell),
          trigger: box(anchor.triggerCell),
          cardHeight: cards[i]?.offsetHeight ?? 0,
        };
      });
      const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
      // Widths first (they do not depend on heights), then the heights they give decide how cards stack.
      for (const [i, p] of placeResults(measured, viewport).entries()) cards[i]?.style.setProperty('width', `${p.width}px`);
      for (const [i, m] of measured.entries()) m.cardHeight = cards[i]?.offsetHeight ?? 0;
      for (const [i, p] of placeResults(measured, viewport).entries()) {
        Object.assign((cards[i] as HTMLElement).style, { left: `${p.x}px`, top: `${p.y}px`, visibility: p.visible ? 'visible' : 'hidden' });
      }
    };
    return autoUpdate(first.row.closest('table') ?? first.row, el, place);
  });
  if (!rows.length) return null;
  const goOn = (id: number) => {
    refocus.current = view.alerts.find((a) => a.id === id)?.rowKey ?? null;
    actions.onGoOn(id);
  };
  return (
    <div ref={layer} className="dvc-beside">
      {rows.map((row) => (
        <PrecheckRowCard
          key={row.key}
          row={row}
          alerts={view.alerts.filter((a) => a.rowKey === row.key)}
          actions={{ ...actions, onGoOn: goOn }}
          beside
        />
      ))}
    </div>
  );
}
