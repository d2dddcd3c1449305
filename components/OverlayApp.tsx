import { useLayoutEffect, useRef, useState } from 'react';
import type { Checklist } from '@/lib/checklist/schema';
import type { PageFromUrl } from '@/lib/portal/page-kind';
import type { ProcedureHeader } from '@/lib/portal/procedure-header';
import { ChecklistRegion } from './ChecklistRegion';
import { GuideLauncher } from './guide/GuideLauncher';
import { GuideLayer, type GuideLayerProps } from './guide/GuideLayer';
import { OtherPortalNote } from './OtherPortalNote';
import { PrecheckDock, type PrecheckView } from './PrecheckDock';
import { PrecheckRowResults } from './PrecheckRowResults';
import { ProcedureCard } from './ProcedureCard';
import { SubmitSummary } from './SubmitSummary';

/** The pre-check on a filing page: results per row and the summary before submitting. */
export interface OverlayPrecheck {
  view: PrecheckView;
  summary: { lines: string[]; missing: string[]; anchor: Element | null; slipError: string | null } | null;
  onGoOn: (id: number) => void;
  /** "Tạo bản nhỏ hơn" on a file. */
  onShrink: (id: number) => void;
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
  /** The detail page's "Thành phần hồ sơ", once read (empty when it could not be read). */
  checklist?: Checklist | null;
  /** What the checklist reader could not read on the page. */
  checklistUnread?: readonly string[];
  /** On another portal whose papers could not be read: the catalog's checklist of the procedure the page names. */
  fallback?: Checklist | null;
  precheck?: OverlayPrecheck | null;
  guide: OverlayGuideProps;
}

const FOCUSABLE = 'button, summary, a[href], input, select, textarea, [tabindex="0"]';

/** Root of the on-page UI; gets everything it shows by props. */
export function OverlayApp({ page, header, checklist, checklistUnread, fallback, precheck, guide }: OverlayProps) {
  const [cardOpen, setCardOpen] = useState(true);
  const dock = useRef<HTMLDivElement>(null);
  const { view, onStart, startError, ...layer } = guide;
  const onDetail = page.kind === 'procedure-detail';
  // Another portal: no step-by-step guide there, the note says what the assistant does instead.
  const otherPortal = page.site === 'other-portal';
  const read = Boolean(checklist?.items.length);
  // The catalog's list stands in only for a page read empty, and says where it comes from.
  const shown = otherPortal && !read && fallback?.items.length ? fallback : checklist;
  const launcher = otherPortal ? (
    <OtherPortalNote read={read} fallback={shown === fallback ? fallback?.procedure : null} />
  ) : (
    <GuideLauncher onStart={onStart} error={startError} />
  );
  // Also when nothing could be read: the region then says so (and still offers the guide).
  const region = (onDetail || otherPortal) && shown;
  const summary = precheck?.summary;
  // A control that removes itself (the card's close button, "Vẫn tải lên") would drop keyboard focus to
  // the top of the page: after that render, focus moves to the overlay's first control instead.
  const refocus = useRef(false);
  useLayoutEffect(() => {
    const el = dock.current;
    if (!refocus.current || !el) return;
    refocus.current = false;
    const active = (el.getRootNode() as Document | ShadowRoot).activeElement;
    if (!active || !el.contains(active)) (el.querySelector<HTMLElement>(FOCUSABLE) ?? el).focus();
  });
  const closeCard = () => {
    refocus.current = true;
    setCardOpen(false);
  };
  return (
    <>
      <div className="dvc-dock" ref={dock} tabIndex={-1}>
        {onDetail && cardOpen && <ProcedureCard header={header} onClose={closeCard} />}
        {region ? (
          <ChecklistRegion checklist={region} unread={checklistUnread} actions={launcher} />
        ) : (
          onDetail && <div className="dvc-card">{launcher}</div>
        )}
        {precheck && (
          <PrecheckDock
            view={precheck.view}
            actions={{
              onGoOn: (id) => {
                refocus.current = true;
                precheck.onGoOn(id);
              },
              onShrink: precheck.onShrink,
            }}
          />
        )}
        {summary && !summary.anchor && (
          <SubmitSummary {...summary} anchor={null} onOpenSlip={precheck.onOpenSlip} />
        )}
      </div>
      {precheck && <PrecheckRowResults view={precheck.view} actions={precheck} />}
      {summary?.anchor && precheck && (
        <SubmitSummary {...summary} onOpenSlip={precheck.onOpenSlip} />
      )}
      {view && <GuideLayer view={view} {...layer} />}
    </>
  );
}
