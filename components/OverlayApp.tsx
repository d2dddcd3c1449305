import { useState } from 'react';
import type { Checklist } from '@/lib/checklist/schema';
import type { PageFromUrl } from '@/lib/portal/page-kind';
import type { ProcedureHeader } from '@/lib/portal/procedure-header';
import { ChecklistRegion } from './ChecklistRegion';
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
  /** The detail page's "Thành phần hồ sơ", once read. */
  checklist?: Checklist | null;
  guide: OverlayGuideProps;
}

/** Root of the on-page UI; gets everything it shows by props. */
export function OverlayApp({ page, header, checklist, guide }: OverlayProps) {
  const [cardOpen, setCardOpen] = useState(true);
  const { view, onStart, startError, ...layer } = guide;
  const onDetail = page.kind === 'procedure-detail';
  const launcher = <GuideLauncher onStart={onStart} error={startError} />;
  const region = onDetail && checklist && checklist.items.length > 0;
  return (
    <>
      <div className="dvc-dock">
        {onDetail && cardOpen && <ProcedureCard header={header} onClose={() => setCardOpen(false)} />}
        {region ? <ChecklistRegion checklist={checklist} actions={launcher} /> : onDetail && <div className="dvc-card">{launcher}</div>}
      </div>
      {view && <GuideLayer view={view} {...layer} />}
    </>
  );
}
