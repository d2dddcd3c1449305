import { useState } from 'react';
import type { Checklist } from '@/lib/checklist/schema';
import type { PageFromUrl } from '@/lib/portal/page-kind';
import type { ProcedureHeader } from '@/lib/portal/procedure-header';
import { ChecklistRegion } from './ChecklistRegion';
import { GuideLauncher } from './guide/GuideLauncher';
import { GuideLayer, type GuideLayerProps } from './guide/GuideLayer';
import { PrecheckDock, type PrecheckView } from './PrecheckDock';
import { ProcedureCard } from './ProcedureCard';
import { SubmitSummary } from './SubmitSummary';

/** The pre-check on a filing page: results per row and the summary before submitting. */
export interface OverlayPrecheck {
  view: PrecheckView;
  summary: { lines: string[]; missing: string[]; anchor: Element | null } | null;
  onGoOn: (id: number) => void;
  onOpenSlip: () => void;
}

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
  precheck?: OverlayPrecheck | null;
  guide: OverlayGuideProps;
}

/** Root of the on-page UI; gets everything it shows by props. */
export function OverlayApp({ page, header, checklist, precheck, guide }: OverlayProps) {
  const [cardOpen, setCardOpen] = useState(true);
  const { view, onStart, startError, ...layer } = guide;
  const onDetail = page.kind === 'procedure-detail';
  const launcher = <GuideLauncher onStart={onStart} error={startError} />;
  const region = onDetail && checklist && checklist.items.length > 0;
  const summary = precheck?.summary;
  return (
    <>
      <div className="dvc-dock">
        {onDetail && cardOpen && <ProcedureCard header={header} onClose={() => setCardOpen(false)} />}
        {region ? <ChecklistRegion checklist={checklist} actions={launcher} /> : onDetail && <div className="dvc-card">{launcher}</div>}
        {precheck && <PrecheckDock view={precheck.view} onGoOn={precheck.onGoOn} />}
        {summary && !summary.anchor && (
          <SubmitSummary lines={summary.lines} missing={summary.missing} anchor={null} onOpenSlip={precheck.onOpenSlip} />
        )}
      </div>
      {summary?.anchor && precheck && (
        <SubmitSummary lines={summary.lines} missing={summary.missing} anchor={summary.anchor} onOpenSlip={precheck.onOpenSlip} />
      )}
      {view && <GuideLayer view={view} {...layer} />}
    </>
  );
}
