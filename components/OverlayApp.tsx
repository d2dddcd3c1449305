import { useState } from 'react';
import type { PageFromUrl } from '@/lib/portal/page-kind';
import type { ProcedureHeader } from '@/lib/portal/procedure-header';
import { ProcedureCard } from './ProcedureCard';

export interface OverlayProps {
  page: PageFromUrl;
  header: ProcedureHeader | null;
}

/** Root of the on-page UI; gets everything it shows by props. */
export function OverlayApp({ page, header }: OverlayProps) {
  const [cardOpen, setCardOpen] = useState(true);
  return (
    <div className="dvc-dock">
      {page.kind === 'procedure-detail' && cardOpen && (
        <ProcedureCard header={header} onClose={() => setCardOpen(false)} />
      )}
    </div>
  );
}
