import { createRoot, type Root } from 'react-dom/client';
import { I18nProvider } from '@/components/I18nContext';
import { OverlayApp } from '@/components/OverlayApp';
import overlayCss from '@/components/overlay.css?inline';
import type { Checklist } from '@/lib/checklist/schema';
import { watchChecklist } from '@/lib/checklist/watch.dom';
import { ask } from '@/lib/messaging/client';
import { waitFor } from '@/lib/portal/dom-wait';
import { REQUIRED_MATCHES } from '@/lib/portal/hosts';
import { detectPageFromUrl } from '@/lib/portal/page-kind';
import { type ProcedureHeader, readProcedureHeader } from '@/lib/portal/procedure-header';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { type PrecheckState, startPrecheck } from './precheck';

/** Budget for the portal's late-rendered detail page before showing what we have. */
const HEADER_WAIT_MS = 10_000;
/** The "Thành phần hồ sơ" tables come with the rest of the page; re-read after the portal's re-render bursts settle. */
const CHECKLIST_WATCH = { timeoutMs: 15_000, settleMs: 300 };

/**
 * The React overlay. Not in the manifest: the background injects it with
 * chrome.scripting when a page needs it, so ordinary portal pages only pay for
 * the small detector.
 */
export default defineContentScript({
  matches: REQUIRED_MATCHES,
  registration: 'runtime',
  async main(ctx) {
    const settings = await ask({ type: 'settings/get' }).catch(() => DEFAULT_SETTINGS);
    let root: Root | null = null;
    let frameParent: Element | null = null;
    const ui = await createShadowRootUi(ctx, {
      name: 'dvc-assistant',
      mode: 'open',
      css: overlayCss,
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

    // The file pre-check listens on every page the overlay is injected into:
    // filing pages are where file inputs appear (one-page filing, wizard step 3).
    let precheckState: PrecheckState | null = null;
    let repaint = () => {};
    const precheck = startPrecheck(ctx, frameParent ?? document.body, settings.lang, (next) => {
      precheckState = next;
      repaint();
    });
    let stopWatching = () => {};
    const render = async () => {
      stopWatching();
      const page = detectPageFromUrl(location.href);
      let checklist: Checklist | null = null;
      let unread: readonly string[] = [];
      let header =
        page.kind === 'procedure-detail' ? await waitFor(document.body, () => readProcedureHeader(document), HEADER_WAIT_MS) : null;
      const seen = (h: ProcedureHeader | null) => {
        if (h?.code) void ask({ type: 'procedure/seen', procedure: { code: h.code, name: h.name } }).catch(() => {});
      };
      seen(header);
      const paint = () =>
        root?.render(
          <I18nProvider lang={settings.lang}>
            <OverlayApp
              page={page}
              header={header}
              checklist={checklist}
              checklistUnread={unread}
              precheck={precheckState && { ...precheckState, onGoOn: precheck.goOn, onOpenSlip: () => void precheck.openSlip() }}
            />
          </I18nProvider>,
        );
      repaint = paint;
      paint();
      if (page.kind === 'procedure-detail') {
        stopWatching = watchChecklist(
          document,
          (result) => {
            checklist = result.checklist;
            unread = result.unread;
            // The portal re-renders in place (and the URL may change before it does): the
            // header read with the checklist is the one that matches it.
            const procedure = result.checklist.procedure;
            if (procedure && (procedure.name !== header?.name || (procedure.code || null) !== header?.code)) {
              header = { name: procedure.name, code: procedure.code || null };
              seen(header);
            }
            paint();
          },
          CHECKLIST_WATCH,
        );
      }
    };
    await render();
    ctx.addEventListener(window, 'wxt:locationchange', () => void render());
    ctx.onInvalidated(() => stopWatching());
  },
});
