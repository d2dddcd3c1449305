import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Checklist } from '@/lib/checklist/schema';
import type { PageFromUrl } from '@/lib/portal/page-kind';
import type { ProcedureHeader } from '@/lib/portal/procedure-header';
import { ChecklistRegion } from './ChecklistRegion';
import { PrecheckDock, type PrecheckView } from './PrecheckDock';
import { ProcedureCard } from './ProcedureCard';
import { SubmitSummary } from './SubmitSummary';

/** The pre-check on a filing page: results per row and the summary before submitting. */
export interface OverlayPrecheck {
  view: PrecheckView;
  summary: { lines: string[]; missing: string[]; anchor: Element | null; slipError: string | null } | null;
  onGoOn: (id: number) => void;
  onOpenSlip: () => void;
}

export interface OverlayProps {
  page: PageFromUrl;
  header: ProcedureHeader | null;
  /** The detail page's "Thành phần hồ sơ", once read (empty when it could not be read). */
  checklist?: Checklist | null;
  /** What the checklist reader could not read on the page. */
  checklistUnread?: readonly string[];
  precheck?: OverlayPrecheck | null;
}

const FOCUSABLE = 'button, summary, a[href], input, select, textarea, [tabindex="0"]';

/** Root of the on-page UI; gets everything it shows by props. */
export function OverlayApp({ page, header, checklist, checklistUnread, precheck }: OverlayProps) {
  const [cardOpen, setCardOpen] = useState(true);
  const dock = useRef<HTMLDivElement>(null);
  const onDetail = page.kind === 'procedure-detail';
  const summary = precheck?.summary;
  const closeCard = () => {
    flushSync(() => setCardOpen(false));
    // The focused close button is gone: keep keyboard focus in the overlay, on its next control.
    (dock.current?.querySelector<HTMLElement>(FOCUSABLE) ?? dock.current)?.focus();
  };
  return (
    <>
      <div className="dvc-dock" ref={dock} tabIndex={-1}>
        {onDetail && cardOpen && <ProcedureCard header={header} onClose={closeCard} />}
        {onDetail && checklist && <ChecklistRegion checklist={checklist} unread={checklistUnread} />}
        {precheck && <PrecheckDock view={precheck.view} onGoOn={precheck.onGoOn} />}
        {summary && !summary.anchor && (
          <SubmitSummary {...summary} anchor={null} onOpenSlip={precheck.onOpenSlip} />
        )}
      </div>
      {summary?.anchor && precheck && (
        <SubmitSummary {...summary} onOpenSlip={precheck.onOpenSlip} />
      )}
    </>
  );
}
