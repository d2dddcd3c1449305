import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Checklist } from '@/lib/checklist/schema';
import type { PageFromUrl } from '@/lib/portal/page-kind';
import type { ProcedureHeader } from '@/lib/portal/procedure-header';
import { ChecklistRegion } from './ChecklistRegion';
import { ProcedureCard } from './ProcedureCard';

export interface OverlayProps {
  page: PageFromUrl;
  header: ProcedureHeader | null;
  /** The detail page's "Thành phần hồ sơ", once read (empty when it could not be read). */
  checklist?: Checklist | null;
  /** What the checklist reader could not read on the page. */
  checklistUnread?: readonly string[];
}

const FOCUSABLE = 'button, summary, a[href], input, select, textarea, [tabindex="0"]';

/** Root of the on-page UI; gets everything it shows by props. */
export function OverlayApp({ page, header, checklist, checklistUnread }: OverlayProps) {
  const [cardOpen, setCardOpen] = useState(true);
  const dock = useRef<HTMLDivElement>(null);
  const onDetail = page.kind === 'procedure-detail';
  const closeCard = () => {
    flushSync(() => setCardOpen(false));
    // The focused close button is gone: keep keyboard focus in the overlay, on its next control.
    (dock.current?.querySelector<HTMLElement>(FOCUSABLE) ?? dock.current)?.focus();
  };
  return (
    <div className="dvc-dock" ref={dock} tabIndex={-1}>
      {onDetail && cardOpen && <ProcedureCard header={header} onClose={closeCard} />}
      {onDetail && checklist && <ChecklistRegion checklist={checklist} unread={checklistUnread} />}
    </div>
  );
}
