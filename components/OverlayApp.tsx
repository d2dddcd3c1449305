import { useState } from 'react';
import type { Checklist } from '@/lib/checklist/schema';
import type { PageFromUrl } from '@/lib/portal/page-kind';
import type { ProcedureHeader } from '@/lib/portal/procedure-header';
import { ChecklistRegion } from './ChecklistRegion';
import { ProcedureCard } from './ProcedureCard';

export interface OverlayProps {
  page: PageFromUrl;
  header: ProcedureHeader | null;
  /** The detail page's "Thành phần hồ sơ", once read. */
  checklist?: Checklist | null;
}

/** Root of the on-page UI; gets everything it shows by props. */
export function OverlayApp({ page, header, checklist }: OverlayProps) {
  const [cardOpen, setCardOpen] = useState(true);
  const onDetail = page.kind === 'procedure-detail';
  return (
    <div className="dvc-dock">
      {onDetail && cardOpen && <ProcedureCard header={header} onClose={() => setCardOpen(false)} />}
      {onDetail && checklist && checklist.items.length > 0 && <ChecklistRegion checklist={checklist} />}
    </div>
  );
}
