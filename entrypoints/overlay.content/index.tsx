import { createRoot, type Root } from 'react-dom/client';
import { I18nProvider } from '@/components/I18nContext';
import { OverlayApp } from '@/components/OverlayApp';
import overlayCss from '@/components/overlay.css?inline';
import { ask } from '@/lib/messaging/client';
import { waitFor } from '@/lib/portal/dom-wait';
import { REQUIRED_MATCHES } from '@/lib/portal/hosts';
import { detectPageFromUrl } from '@/lib/portal/page-kind';
import { readProcedureHeader } from '@/lib/portal/procedure-header';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { type PrecheckState, startPrecheck } from './precheck';

/** Budget for the portal's late-rendered detail page before showing what we have. */
const HEADER_WAIT_MS = 10_000;

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
    const precheck = startPrecheck(ctx, frameParent ?? document.body, settings.lang, (next) => {
      precheckState = next;
      void render();
    });
    const render = async () => {
      const page = detectPageFromUrl(location.href);
      const header =
        page.kind === 'procedure-detail' ? await waitFor(document.body, () => readProcedureHeader(document), HEADER_WAIT_MS) : null;
      if (header?.code) void ask({ type: 'procedure/seen', procedure: { code: header.code, name: header.name } }).catch(() => {});
      root?.render(
        <I18nProvider lang={settings.lang}>
          <OverlayApp
            page={page}
            header={header}
            precheck={precheckState && { ...precheckState, onGoOn: precheck.goOn, onOpenSlip: () => void precheck.openSlip() }}
          />
        </I18nProvider>,
      );
    };
    await render();
    ctx.addEventListener(window, 'wxt:locationchange', () => void render());
  },
});
