import { GuideLayer } from '@/components/guide/GuideLayer';
import type { ChecklistItem } from '@/lib/checklist/schema';
import type { GuideView, PageInfo } from '@/lib/guide/engine';
import { connectGuide } from '@/lib/guide/guide-client.dom';
import { readPage } from '@/lib/guide/current-page.dom';
import type { ProcedureHeader } from '@/lib/portal/procedure-header';
import type { Feature, FeatureContext } from './feature';

export interface GuideState {
  view: GuideView | null;
  page: PageInfo;
  /** Why the last "Hướng dẫn nộp trực tuyến" could not start, in words. */
  startError: string | null;
  /** Starts the online-filing guide for the procedure, its upload steps from the checklist's rows (null: none read). */
  launch(procedure: ProcedureHeader | null, items: readonly ChecklistItem[] | null): void;
  lang: FeatureContext['settings']['lang'];
  readAloud: boolean;
  host: HTMLElement;
  focusRequest: number;
  send: Parameters<typeof GuideLayer>[0]['onEvent'];
}

/**
 * The step-by-step guide on every page the overlay is on: the background
 * owns its progress (lib/guide/guide-client.dom.ts); this shows the step
 * card over the page. Other features launch it (the procedure's checklist).
 */
export const guideFeature: Feature<GuideState> = {
  name: 'guide',
  pages: () => true,
  start({ ctx, settings, host, sessionId, changed }) {
    let view: GuideView | null = null;
    let page: PageInfo = readPage();
    let focusRequest = 0;
    let startError: string | null = null;
    const guide = connectGuide((nextView, nextPage) => {
      view = nextView;
      page = nextPage;
      changed();
    }, sessionId);
    ctx.onInvalidated(() => guide.dispose());
    const launch = (procedure: ProcedureHeader | null, items: readonly ChecklistItem[] | null) => {
      const named = procedure?.code ? { code: procedure.code, name: procedure.name } : null;
      guide.start('online-submission', named, items ? [...items] : null).then(
        () => {
          startError = null;
          focusRequest += 1;
          changed();
        },
        (error: unknown) => {
          startError = error instanceof Error ? error.message : String(error);
          changed();
        },
      );
    };
    const send = guide.send;
    return {
      get: () => ({ view, page, startError, launch, lang: settings.lang, readAloud: settings.readAloud, host, focusRequest, send }),
    };
  },
  View({ state, slot }) {
    const { view } = state;
    if (slot !== 'page' || !view) return null;
    const { page, lang, readAloud, host, focusRequest, send } = state;
    return <GuideLayer view={view} page={page} lang={lang} readAloud={readAloud} host={host} focusRequest={focusRequest} onEvent={send} />;
  },
};
