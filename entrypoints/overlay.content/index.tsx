import { createRoot, type Root } from 'react-dom/client';
import { I18nProvider } from '@/components/I18nContext';
import { OverlayApp } from '@/components/OverlayApp';
import guideCss from '@/components/guide/guide.css?inline';
import overlayCss from '@/components/overlay.css?inline';
import { catalogReportFromPage } from '@/lib/catalog/page-report';
import { checklistFromAnyPage } from '@/lib/checklist/from-any-page';
import type { Checklist } from '@/lib/checklist/schema';
import { watchChecklist } from '@/lib/checklist/watch.dom';
import { readPage } from '@/lib/guide/current-page.dom';
import type { GuideView, PageInfo } from '@/lib/guide/engine';
import { connectGuide } from '@/lib/guide/guide-client.dom';
import { keepOnTop } from '@/lib/guide/keep-on-top.dom';
import { recordUserActions } from '@/lib/guide/observe-completion.dom';
import { ask } from '@/lib/messaging/client';
import { adoptServedKnowledge } from '@/lib/messaging/knowledge-client';
import { followSessionId } from '@/lib/messaging/session-id-client';
import { waitFor } from '@/lib/portal/dom-wait';
import { REQUIRED_MATCHES } from '@/lib/portal/hosts';
import { detectPageFromUrl } from '@/lib/portal/page-kind';
import { type ProcedureHeader, readProcedureFacts, readProcedureHeader } from '@/lib/portal/procedure-header';
import { stopOnRevoke } from '@/lib/portal/stop-on-revoke.dom';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { type PrecheckState, startPrecheck } from './precheck';
import { annexedChecklists } from './annexed-checklists';

/** Budget for the portal's late-rendered detail page before showing what we have. */
const HEADER_WAIT_MS = 10_000;
/** The "Thành phần hồ sơ" tables come with the rest of the page; re-read after the portal's re-render bursts settle. */
const CHECKLIST_WATCH = { timeoutMs: 15_000, settleMs: 300 };
/** Other portals' pages often have no table the reader knows: a page still for 4 s has said what it will say. */
const OTHER_PORTAL_CHECKLIST_WATCH = { ...CHECKLIST_WATCH, quietMs: 4_000 };
/** How long "Hướng dẫn nộp trực tuyến" waits for the checklist before starting without its rows. */
const CHECKLIST_FOR_GUIDE_MS = 3000;

/**
 * The React overlay. Not in the manifest: the background injects it with
 * chrome.scripting when a page needs it (a detail page, or any portal page
 * while a guide runs), so ordinary portal pages only pay for the small detector.
 */
export default defineContentScript({
  matches: REQUIRED_MATCHES,
  registration: 'runtime',
  async main(ctx) {
    // First, so actions taken while the guide is still loading are not lost.
    ctx.onInvalidated(recordUserActions(document));
    // On an other portal the user may revoke the origin in Cài đặt: the overlay then leaves the page.
    ctx.onInvalidated(stopOnRevoke(() => ctx.abort()));
    // The newest held-papers rules before any row is read.
    const [settings] = await Promise.all([ask({ type: 'settings/get' }).catch(() => DEFAULT_SETTINGS), adoptServedKnowledge()]);
    let root: Root | null = null;
    let frameParent: Element | null = null;
    const ui = await createShadowRootUi(ctx, {
      name: 'dvc-assistant',
      mode: 'open',
      css: overlayCss + guideCss,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        const app = document.createElement('div');
        app.className = 'dvc-root';
        app.dataset.textSize = settings.textSize;
        app.lang = settings.lang;
        container.append(app);
        frameParent = container;
        root = createRoot(app);
        return root;
      },
      onRemove(mounted) {
        mounted?.unmount();
      },
    });
    ui.mount();
    ctx.onInvalidated(keepOnTop(ui.shadowHost));

    let header: ProcedureHeader | null = null;
    let checklist: Checklist | null = null;
    let checklistUnread: readonly string[] = [];
    // An other portal whose papers could not be read: the catalog's checklist of the procedure its page names.
    let fallback: Checklist | null = null;
    let fallbackAsked = '';
    let guideView: GuideView | null = null;
    let guidePage: PageInfo = readPage();
    let focusRequest = 0;
    let startError: string | null = null;
    let precheckState: PrecheckState | null = null;

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
      const procedure = header?.code ? { code: header.code, name: header.name } : null;
      // An empty checklist (the page's table could not be read) gives no rows, as none read yet.
      guide.start('online-submission', procedure, checklist?.items.length ? checklist.items : null).then(
        () => {
          startError = null;
          focusRequest += 1;
          draw();
        },
        (error: unknown) => {
          startError = error instanceof Error ? error.message : String(error);
          draw();
        },
      );
    };
    const annexed = annexedChecklists(() => draw());
    const draw = () =>
      root?.render(
        <I18nProvider lang={settings.lang}>
          <OverlayApp
            page={detectPageFromUrl(location.href)}
            header={header}
            checklist={checklist && { ...checklist, items: annexed(checklist.procedure ?? header, checklist.items) }}
            checklistUnread={checklistUnread}
            fallback={fallback}
            precheck={precheckState && { ...precheckState, onGoOn: precheck.goOn, onShrink: precheck.shrink, onOpenSlip: () => void precheck.openSlip() }}
            guide={{
              view: guideView,
              page: guidePage,
              lang: settings.lang,
              readAloud: settings.readAloud,
              host: ui.shadowHost,
              focusRequest,
              startError,
              onEvent: (event) => guide.send(event),
              onStart: () => void startGuide(),
            }}
          />
        </I18nProvider>,
      );

    // The file pre-check listens on every page the overlay is injected into:
    // filing pages are where file inputs appear (one-page filing, wizard step 3).
    // Every write of this tab carries the session it belongs to; a new citizen at the counter
    // (a wipe) also takes what the previous one attached off the screen and out of the frame.
    const session = followSessionId(() => precheck.forget());
    ctx.onInvalidated(() => session.dispose());
    const precheck = startPrecheck(ctx, frameParent ?? document.body, settings.lang, session.current, (next) => {
      precheckState = next;
      draw();
    });

    const guide = connectGuide((view, page) => {
      guideView = view;
      guidePage = page;
      draw();
    }, session.current);
    ctx.onInvalidated(() => guide.dispose());

    const seen = (h: ProcedureHeader | null) => {
      if (!h?.code) return;
      const procedure = { code: h.code, name: h.name };
      void session
        .current()
        .then((sessionId) => ask({ type: 'procedure/seen', sessionId, procedure }))
        .catch(() => {});
    };
    /** Looks the page's procedure up in the local catalog (by code, else exact name), once per procedure named. */
    const offerCatalogChecklist = async (named: { code: string; name: string } | null) => {
      const key = named ? `${named.code}|${named.name}` : '';
      if (!named || key === fallbackAsked) return;
      fallbackAsked = key;
      const { procedure } = await ask({ type: 'catalog/match', code: named.code || null, name: named.name.slice(0, 2000) }).catch(() => ({ procedure: null }));
      if (fallbackAsked !== key || !procedure?.checklist?.items.length) return;
      fallback = { procedure: { code: procedure.code, name: procedure.name }, items: procedure.checklist.items };
      draw();
    };
    let stopWatching = () => {};
    const readPageData = async () => {
      stopWatching();
      checklist = null;
      fallback = null;
      fallbackAsked = '';
      const page = detectPageFromUrl(location.href);
      const otherPortal = page.site === 'other-portal';
      header = page.kind === 'procedure-detail' ? await waitFor(document.body, () => readProcedureHeader(document), HEADER_WAIT_MS) : null;
      seen(header);
      draw();
      if (page.kind !== 'procedure-detail' && !otherPortal) return;
      stopWatching = watchChecklist(
        document,
        (result) => {
          checklist = result.checklist;
          checklistUnread = result.unread;
          for (const resolve of checklistRead) resolve();
          checklistRead = [];
          // The portal re-renders in place (and the URL may change before it does): the
          // header read with the checklist is the one that matches it.
          const procedure = result.checklist.procedure;
          if (procedure && (procedure.name !== header?.name || (procedure.code || null) !== header?.code)) {
            header = { name: procedure.name, code: procedure.code || null };
            seen(header);
          }
          if (otherPortal && result.checklist.items.length === 0) void offerCatalogChecklist(result.checklist.procedure);
          // The page is the freshest copy of the procedure: the side panel shows it from now on.
          const report = catalogReportFromPage(header, readProcedureFacts(document), result);
          // Only the national portal's pages update the catalog: another portal's table is its own wording.
          if (report && !otherPortal) {
            void session
              .current()
              .then((sessionId) => ask({ type: 'catalog/upsert-from-page', sessionId, ...report }))
              .catch(() => {});
          }
          draw();
        },
        otherPortal ? OTHER_PORTAL_CHECKLIST_WATCH : CHECKLIST_WATCH,
        otherPortal ? checklistFromAnyPage : undefined,
      );
    };
    await readPageData();
    ctx.addEventListener(window, 'wxt:locationchange', () => void readPageData());
    ctx.onInvalidated(() => stopWatching());
  },
});
