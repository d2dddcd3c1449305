import { autoUpdate, computePosition, flip, type Middleware, offset, shift } from '@floating-ui/dom';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { type Box, clearOfTarget } from '@/lib/guide/placement';
import { headerBottom } from '@/lib/portal/fixed-header.dom';
import { openPopup } from '@/lib/portal/open-popup';
import { onPageChange } from '@/lib/portal/page-changes.dom';
import { useT } from '../I18nContext';

export interface StepCardProps {
  /** Accessible name of the dialog: "Hướng dẫn …". */
  name: string;
  index: number;
  total: number;
  title: string;
  body: string;
  /** Why the card floats instead of pointing (target missing, step elsewhere), or null. */
  status: string | null;
  notices: { id: string; title: string; body: string }[];
  /** The element the card points at; null: the card floats at the bottom of the screen. */
  anchor: Element | null;
  canBack: boolean;
  /** undefined while looking for a voice; false when the browser has none for the language. */
  voiceReady: boolean | undefined;
  reading: boolean;
  /** Take focus when shown (the user asked for the guide); never on the page's own actions. */
  takeFocus: boolean;
  onFocused(): void;
  onNext(): void;
  onBack(): void;
  onStop(): void;
  onClose(): void;
  onRead(): void;
  /** Whether the keyboard focus is inside the card. */
  onFocusChange(focused: boolean): void;
}

const GAP = 12;

function union(a: Box, b: DOMRect): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.right) - x, height: Math.max(a.y + a.height, b.bottom) - y };
}

/**
 * Keeps the card beside its anchor: flipped, shifted, and never over the
 * target, its open list, or under the page's fixed header. At the side first:
 * below a field is where the form's next field (or the field's own list) is.
 */
function useAnchoredPosition(card: React.RefObject<HTMLDivElement | null>, anchor: Element | null) {
  useLayoutEffect(() => {
    const el = card.current;
    if (!el || !anchor) return;
    const host = el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).host : null;
    const clear: Middleware = {
      name: 'clearOfTarget',
      fn: ({ x, y, rects }) => {
        const popup = openPopup(anchor);
        const keepOut = popup ? union(rects.reference, popup.getBoundingClientRect()) : rects.reference;
        return clearOfTarget(rects.floating, { x, y }, keepOut, { width: window.innerWidth, height: window.innerHeight, top: headerBottom(host) }, GAP);
      },
    };
    const update = () => {
      void computePosition(anchor, el, {
        strategy: 'fixed',
        placement: 'right-start',
        middleware: [offset(GAP), flip({ padding: GAP, fallbackPlacements: ['left-start', 'bottom-start', 'top-start'] }), shift({ padding: GAP }), clear],
      }).then(({ x, y }) => {
        el.style.left = `${Math.round(x)}px`;
        el.style.top = `${Math.round(y)}px`;
        el.dataset.placed = 'true';
      });
    };
    // layoutShift catches targets that move without a scroll or resize (late content above them).
    const stop = autoUpdate(anchor, el, update, { layoutShift: true, elementResize: true });
    // A list opening or closing moves no element the positioning library watches.
    const stopFollowing = onPageChange(update, anchor);
    return () => {
      stop();
      stopFollowing();
      el.style.left = '';
      el.style.top = '';
      delete el.dataset.placed;
    };
  }, [card, anchor]);
}

/**
 * The step card: a non-modal dialog named "Hướng dẫn …" beside its target.
 * It never traps focus; Esc closes it (the guide keeps its place).
 */
export function StepCard(props: StepCardProps) {
  const t = useT();
  const card = useRef<HTMLDivElement>(null);
  useAnchoredPosition(card, props.anchor);
  const { takeFocus, onFocused } = props;
  useEffect(() => {
    if (!takeFocus) return;
    card.current?.focus();
    onFocused();
  }, [takeFocus, onFocused]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      props.onClose();
    }
  };

  return (
    // A <div role=dialog>, not <dialog>: a shown <dialog> would sit under the page's own top-layer modals.
    <div
      ref={card}
      role="dialog"
      aria-modal="false"
      aria-label={props.name}
      aria-describedby="dvc-guide-body"
      tabIndex={-1}
      className="dvc-guide-card"
      data-anchored={props.anchor ? 'true' : 'false'}
      onKeyDown={onKeyDown}
      onFocus={() => props.onFocusChange(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) props.onFocusChange(false);
      }}
    >
      <p className="dvc-guide-card__progress">{t('guide.card.progress', { n: props.index, total: props.total })}</p>
      <h2 className="dvc-guide-card__title">{props.title}</h2>
      {props.status && (
        <p className="dvc-guide-card__status" data-testid="guide-status">
          {props.status}
        </p>
      )}
      <p id="dvc-guide-body" className="dvc-guide-card__body">
        {props.body}
      </p>
      {props.notices.map((n) => (
        <section key={n.id} className="dvc-guide-card__notice" aria-label={n.title}>
          <h3>{n.title}</h3>
          <p>{n.body}</p>
        </section>
      ))}
      <div className="dvc-guide-card__actions">
        <button type="button" onClick={props.onBack} disabled={!props.canBack}>
          {t('guide.card.back')}
        </button>
        <button type="button" className="dvc-guide-card__primary" onClick={props.onNext}>
          {t('guide.card.next')}
        </button>
      </div>
      <div className="dvc-guide-card__tools">
        <button type="button" onClick={props.onRead} disabled={!props.voiceReady} aria-pressed={props.reading}>
          {props.reading ? t('guide.card.stopReading') : t('guide.card.readAloud')}
        </button>
        <button type="button" onClick={props.onStop}>
          {t('guide.card.stop')}
        </button>
      </div>
      {props.voiceReady === false && <p className="dvc-guide-card__note">{t('guide.card.noVoice')}</p>}
    </div>
  );
}
