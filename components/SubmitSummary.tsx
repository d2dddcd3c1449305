import { autoUpdate, computePosition, flip, hide, offset, shift } from '@floating-ui/dom';
import { useEffect, useRef } from 'react';
import { useT } from './I18nContext';

/**
 * The missing-items summary, shown next to the portal's submit button (when
 * the page has one we recognise; else in the dock), with the way to the
 * printable supplement list. It sits below the button — the end of the form —
 * or above it when the window has no room below, lets clicks through to the
 * portal (overlay.css), and hides while the button is scrolled out of view.
 */
export function SubmitSummary({
  lines,
  missing,
  anchor,
  slipError,
  onOpenSlip,
}: {
  lines: readonly string[];
  missing: readonly string[];
  anchor: Element | null;
  /** Why the slip could not be opened (storage full…), shown under its button. */
  slipError: string | null;
  onOpenSlip: () => void;
}) {
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const floating = ref.current;
    if (!anchor || !floating) return;
    return autoUpdate(anchor, floating, () => {
      void computePosition(anchor, floating, {
        strategy: 'fixed',
        placement: 'bottom-end',
        middleware: [offset(8), flip({ fallbackPlacements: ['top-end'] }), shift({ padding: 8 }), hide()],
      }).then(({ x, y, middlewareData }) =>
        Object.assign(floating.style, {
          left: `${x}px`,
          top: `${y}px`,
          visibility: middlewareData.hide?.referenceHidden ? 'hidden' : 'visible',
        }),
      );
    });
  }, [anchor]);
  return (
    <aside ref={ref} className={`dvc-card dvc-summary${anchor ? ' dvc-summary--anchored' : ''}`} aria-label={t('precheck.summary.title')}>
      <p className="dvc-card__eyebrow">{t('precheck.summary.title')}</p>
      <ul className="dvc-summary__lines">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {missing.length > 0 && (
        <>
          <p className="dvc-summary__missing-title">{t('precheck.summary.missingList')}</p>
          <ul className="dvc-summary__missing">
            {missing.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="dvc-button" onClick={onOpenSlip}>
        {t('precheck.slip.open')}
      </button>
      {slipError && <p role="alert">{slipError}</p>}
    </aside>
  );
}
