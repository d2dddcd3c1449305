import { useState } from 'react';
import type { PageFromUrl } from '@/lib/portal/page-kind';
import type { ProcedureHeader } from '@/lib/portal/procedure-header';
import { GuideLauncher } from './guide/GuideLauncher';
import { GuideLayer, type GuideLayerProps } from './guide/GuideLayer';
import { ProcedureCard } from './ProcedureCard';

export interface OverlayGuideProps extends Omit<GuideLayerProps, 'view'> {
  view: GuideLayerProps['view'] | null;
  onStart(): void;
  startError: string | null;
}

export interface OverlayProps {
  page: PageFromUrl;
  header: ProcedureHeader | null;
  guide: OverlayGuideProps;
}

/** Root of the on-page UI; gets everything it shows by props. */
export function OverlayApp({ page, header, guide }: OverlayProps) {
  const [cardOpen, setCardOpen] = useState(true);
  const { view, onStart, startError, ...layer } = guide;
  return (
    <>
      <div className="dvc-dock">
        {page.kind === 'procedure-detail' && cardOpen && <ProcedureCard header={header} onClose={() => setCardOpen(false)} />}
        {page.kind === 'procedure-detail' && <GuideLauncher onStart={onStart} error={startError} />}
      </div>
      {view && <GuideLayer view={view} {...layer} />}
    </>
  );
}
