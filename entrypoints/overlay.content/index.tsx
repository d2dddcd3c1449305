import { createRoot, type Root } from 'react-dom/client';
import { I18nProvider } from '@/components/I18nContext';
import { OverlayApp } from '@/components/OverlayApp';
import guideCss from '@/components/guide/guide.css?inline';
import overlayCss from '@/components/overlay.css?inline';
import { keepOnTop } from '@/lib/guide/keep-on-top.dom';
import { recordUserActions } from '@/lib/guide/observe-completion.dom';
import { ask } from '@/lib/messaging/client';
import { adoptServedKnowledge } from '@/lib/messaging/knowledge-client';
import { followSessionId } from '@/lib/messaging/session-id-client';
import { REQUIRED_MATCHES } from '@/lib/portal/hosts';
import { detectPageFromUrl } from '@/lib/portal/page-kind';
import { stopOnRevoke } from '@/lib/portal/stop-on-revoke.dom';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { catalogMatches } from './catalog-matches';
import type { Feature, FeatureContext, Store } from './feature';
import { FEATURES } from './features';

/**
 * The React overlay. Not in the manifest: the background injects it with
 * chrome.scripting when a page needs it (a detail page, or any portal page
 * while a guide runs), so ordinary portal pages only pay for the small detector.
 * Wiring only: the features (./features.ts) start when the page is one of
 * theirs, and each draw shows the views of those the page is one of now.
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

    const started = new Map<Feature<unknown>, Store<unknown>>();
    const draw = () => {
      const page = detectPageFromUrl(location.href);
      const shown = FEATURES.flatMap((feature) => {
        const store = started.get(feature);
        return store && feature.pages(page) ? [{ name: feature.name, state: store.get(), View: feature.View }] : [];
      });
      root?.render(
        <I18nProvider lang={settings.lang}>
          <OverlayApp features={shown} />
        </I18nProvider>,
      );
    };
    // Every write of this tab carries the session it belongs to; a wipe (a new citizen) goes to every feature.
    const wiped = new Set<() => void>();
    const session = followSessionId(() => {
      for (const forget of wiped) forget();
    });
    ctx.onInvalidated(() => session.dispose());
    const catalog = catalogMatches();
    ctx.onInvalidated(catalog.onArrived(draw));
    const context: FeatureContext = {
      ctx,
      settings,
      host: ui.shadowHost,
      frameParent: frameParent ?? document.body,
      sessionId: session.current,
      onWiped: (listener) => wiped.add(listener),
      catalog,
      use: <S,>(feature: Feature<S>) => (started.get(feature as Feature<unknown>) as Store<S> | undefined) ?? null,
      changed: draw,
    };
    const startFeatures = () => {
      const page = detectPageFromUrl(location.href);
      for (const feature of FEATURES) if (!started.has(feature) && feature.pages(page)) started.set(feature, feature.start(context));
      draw();
    };
    startFeatures();
    ctx.addEventListener(window, 'wxt:locationchange', startFeatures);
  },
});
