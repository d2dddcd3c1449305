import { useState } from 'react';
import { ChecklistRegion } from '@/components/ChecklistRegion';
import { GuideLauncher } from '@/components/guide/GuideLauncher';
import { OtherPortalNote } from '@/components/OtherPortalNote';
import { ProcedureCard } from '@/components/ProcedureCard';
import { catalogReportFromPage } from '@/lib/catalog/page-report';
import { checklistFromAnyPage } from '@/lib/checklist/from-any-page';
import type { Checklist } from '@/lib/checklist/schema';
import { watchChecklist } from '@/lib/checklist/watch.dom';
import { ask } from '@/lib/messaging/client';
import { waitFor } from '@/lib/portal/dom-wait';
import { detectPageFromUrl, type PageFromUrl } from '@/lib/portal/page-kind';
import { type ProcedureHeader, readProcedureFacts, readProcedureHeader } from '@/lib/portal/procedure-header';
import type { Feature } from './feature';
import { guideFeature } from './guide-feature';

/** Budget for the portal's late-rendered detail page before showing what we have. */
const HEADER_WAIT_MS = 10_000;
/** The "Thành phần hồ sơ" tables come with the rest of the page; re-read after the portal's re-render bursts settle. */
const CHECKLIST_WATCH = { timeoutMs: 15_000, settleMs: 300 };
/** Other portals' pages often have no table the reader knows: a page still for 4 s has said what it will say. */
const OTHER_PORTAL_CHECKLIST_WATCH = { ...CHECKLIST_WATCH, quietMs: 4_000 };
/** How long "Hướng dẫn nộp trực tuyến" waits for the checklist before starting without its rows. */
const CHECKLIST_FOR_GUIDE_MS = 3000;

export interface ProcedureState {
  page: PageFromUrl;
  header: ProcedureHeader | null;
  /** The page's "Thành phần hồ sơ", once read (empty when it could not be read), annex skips carried over. */
  checklist: Checklist | null;
  /** What the checklist reader could not read on the page. */
  unread: readonly string[];
  /** On another portal whose papers could not be read: the catalog's checklist of the procedure the page names. */
  fallback: Checklist | null;
  guideError: string | null;
  startGuide(): void;
}

const shows = (page: PageFromUrl) => page.kind === 'procedure-detail' || page.site === 'other-portal';

/**
 * The procedure a detail page (or another portal's page) is about: its
 * header, its papers read from the page, reported to the background (the
 * side panel shows the freshest copy) and shown in the checklist region,
 * with the guide's launcher (or, on another portal, what the assistant does
 * there instead).
 */
export const procedureFeature: Feature<ProcedureState> = {
  name: 'procedure',
  pages: shows,
  start({ ctx, sessionId, catalog, use, changed }) {
    let header: ProcedureHeader | null = null;
    let checklist: Checklist | null = null;
    let unread: readonly string[] = [];

    // A guide asked for before the page's checklist was read waits for it a moment: its rows make the upload steps.
    let checklistRead: (() => void)[] = [];
    const checklistOrTimeout = () =>
      checklist
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            checklistRead.push(resolve);
            setTimeout(resolve, CHECKLIST_FOR_GUIDE_MS);
          });
    const startGuide = async () => {
      await checklistOrTimeout();
      // An empty checklist (the page's table could not be read) gives no rows, as none read yet.
      use(guideFeature)?.get().launch(header, checklist?.items.length ? checklist.items : null);
    };

    const seen = (h: ProcedureHeader | null) => {
      if (!h?.code) return;
      const procedure = { code: h.code, name: h.name };
      void sessionId()
        .then((id) => ask({ type: 'procedure/seen', sessionId: id, procedure }))
        .catch(() => {});
    };
    let stopWatching = () => {};
    const readPageData = async () => {
      stopWatching();
      checklist = null;
      const page = detectPageFromUrl(location.href);
      const otherPortal = page.site === 'other-portal';
      header = page.kind === 'procedure-detail' ? await waitFor(document.body, () => readProcedureHeader(document), HEADER_WAIT_MS) : null;
      seen(header);
      changed();
      if (!shows(page)) return;
      stopWatching = watchChecklist(
        document,
        (result) => {
          checklist = result.checklist;
          unread = result.unread;
          for (const resolve of checklistRead) resolve();
          checklistRead = [];
          // The portal re-renders in place (and the URL may change before it does): the
          // header read with the checklist is the one that matches it.
          const procedure = result.checklist.procedure;
          if (procedure && (procedure.name !== header?.name || (procedure.code || null) !== header?.code)) {
            header = { name: procedure.name, code: procedure.code || null };
            seen(header);
          }
          // The page is the freshest copy of the procedure: the side panel shows it from now on.
          const report = catalogReportFromPage(header, readProcedureFacts(document), result);
          // Only the national portal's pages update the catalog: another portal's table is its own wording.
          if (report && !otherPortal) {
            void sessionId()
              .then((id) => ask({ type: 'catalog/upsert-from-page', sessionId: id, ...report }))
              .catch(() => {});
          }
          changed();
        },
        otherPortal ? OTHER_PORTAL_CHECKLIST_WATCH : CHECKLIST_WATCH,
        otherPortal ? checklistFromAnyPage : undefined,
      );
    };
    void readPageData();
    ctx.addEventListener(window, 'wxt:locationchange', () => void readPageData());
    ctx.onInvalidated(() => stopWatching());

    return {
      get() {
        const page = detectPageFromUrl(location.href);
        const named = checklist?.procedure ?? null;
        // An other portal's page read empty: the catalog's checklist of the procedure it names (looked up by code, else exact name).
        const fallback = page.site === 'other-portal' && checklist && !checklist.items.length ? catalog.checklistOf(named) : null;
        return {
          page,
          header,
          checklist: checklist && { ...checklist, items: catalog.annexed(named ?? header, checklist.items) },
          unread,
          fallback,
          guideError: use(guideFeature)?.get().startError ?? null,
          startGuide: () => void startGuide(),
        };
      },
    };
  },
  View({ state, slot, refocus }) {
    return slot === 'dock' ? <ProcedureDock state={state} refocus={refocus} /> : null;
  },
};

function ProcedureDock({ state, refocus }: { state: ProcedureState; refocus(): void }) {
  const [cardOpen, setCardOpen] = useState(true);
  const { page, header, checklist, unread, fallback } = state;
  const onDetail = page.kind === 'procedure-detail';
  // Another portal: no step-by-step guide there, the note says what the assistant does instead.
  const otherPortal = page.site === 'other-portal';
  const read = Boolean(checklist?.items.length);
  // The catalog's list stands in only for a page read empty, and says where it comes from.
  const shown = otherPortal && !read && fallback?.items.length ? fallback : checklist;
  const launcher = otherPortal ? (
    <OtherPortalNote read={read} fallback={shown === fallback ? fallback?.procedure : null} />
  ) : (
    <GuideLauncher onStart={state.startGuide} error={state.guideError} />
  );
  const closeCard = () => {
    refocus();
    setCardOpen(false);
  };
  return (
    <>
      {onDetail && cardOpen && <ProcedureCard header={header} onClose={closeCard} />}
      {/* Also when nothing could be read: the region then says so (and still offers the guide). */}
      {shown ? <ChecklistRegion checklist={shown} unread={unread} actions={launcher} /> : onDetail && <div className="dvc-card">{launcher}</div>}
    </>
  );
}
