import { autoUpdate } from '@floating-ui/dom';
import { useLayoutEffect, useRef } from 'react';
import { viewportRect } from '@/lib/portal/frames.dom';
import { placeResults } from '@/lib/precheck/result-placement';
import { type PrecheckActions, PrecheckRowCard, type PrecheckView } from './PrecheckDock';

/** Room left between a revealed reminder and the window's edge. */
const GAP_TO_EDGE = 12;

/**
 * Each shown row's results in a card of its own, placed beside its row on the
 * page (lib/precheck/result-placement.ts: below the row, right of the paper's
 * name, never over it) and following it as the page scrolls or re-lays out
 * (floating-ui's autoUpdate). Cards let clicks through to the portal except
 * on their own buttons and links (overlay.css); a card that scrolls inside
 * itself is in the Tab order, for the arrow keys.
 */
export function PrecheckRowResults({ view, actions }: { view: PrecheckView; actions: PrecheckActions }) {
  const rows = view.rows.filter((r) => r.anchor);
  const layer = useRef<HTMLDivElement>(null);
  // "Vẫn tải lên" removes itself: the focus goes to its row's card rather than to the top of the page.
  const refocus = useRef<string | null>(null);
  // Reminders already brought into view: each is scrolled to once, then the user scrolls as they like.
  const revealed = useRef(new Set<number>());
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
          row: viewportRect(anchor.row),
          name: anchor.nameCell && viewportRect(anchor.nameCell),
          trigger: viewportRect(anchor.triggerCell),
          cardHeight: cards[i]?.offsetHeight ?? 0,
        };
      });
      const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
      // Widths first (they do not depend on heights), then the heights they give (uncapped by a last placement) decide how cards stack.
      for (const [i, p] of placeResults(measured, viewport).entries()) {
        cards[i]?.style.setProperty('width', `${p.width}px`);
        cards[i]?.style.removeProperty('max-height');
      }
      for (const [i, m] of measured.entries()) m.cardHeight = cards[i]?.offsetHeight ?? 0;
      const placed = placeResults(measured, viewport);
      for (const [i, p] of placed.entries()) {
        const card = cards[i] as HTMLElement;
        Object.assign(card.style, {
          left: `${p.x}px`,
          top: `${p.y}px`,
          maxHeight: p.maxHeight === null ? '' : `${p.maxHeight}px`,
          visibility: p.visible ? 'visible' : 'hidden',
        });
        // A card that scrolls inside itself is reached by Tab and scrolled by the arrows. It still lets the mouse through
        // (taking it would block the portal's buttons under it); the wheel scrolls the page, and the card grows as its row rises.
        card.tabIndex = card.scrollHeight > card.clientHeight ? 0 : -1;
      }
      // A new held-paper reminder below the window's edge (its row was below it when the file was picked; shown cards
      // are kept inside the window): the page scrolls just enough to show it, or the person would never see it.
      for (const [i, p] of placed.entries()) {
        const fresh = view.alerts.filter((a) => a.rowKey === rows[i]?.key && !revealed.current.has(a.id));
        if (!fresh.length) continue;
        for (const a of fresh) revealed.current.add(a.id);
        const overflow = p.y + (measured[i]?.cardHeight ?? 0) + GAP_TO_EDGE - viewport.height;
        if (overflow > 0) window.scrollBy({ top: Math.min(overflow, Math.max(0, p.y - GAP_TO_EDGE)) });
      }
    };
    return autoUpdate(first.table, el, place);
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
