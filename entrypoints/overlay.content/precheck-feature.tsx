import { PrecheckDock } from '@/components/PrecheckDock';
import { PrecheckRowResults } from '@/components/PrecheckRowResults';
import { SubmitSummary } from '@/components/SubmitSummary';
import type { Feature } from './feature';
import { type PrecheckState, startPrecheck } from './precheck';

export interface PrecheckFeatureState {
  /** Null until the pre-check has anything to show. */
  shown: PrecheckState | null;
  onGoOn(id: number): void;
  /** "Tạo bản nhỏ hơn" on a file. */
  onShrink(id: number): void;
  onOpenSlip(): void;
}

/**
 * The file pre-check, on every page the overlay is injected into: filing
 * pages are where file inputs appear (one-page filing, wizard step 3,
 * liên thông). Its results go in the dock, beside their rows, and as the
 * summary by the page's submit button.
 */
export const precheckFeature: Feature<PrecheckFeatureState> = {
  name: 'precheck',
  pages: () => true,
  start({ ctx, frameParent, settings, sessionId, onWiped, catalog, changed }) {
    let shown: PrecheckState | null = null;
    const precheck = startPrecheck(ctx, frameParent, settings.lang, sessionId, catalog, (next) => {
      shown = next;
      changed();
    });
    // A new citizen at the counter (a wipe) also takes what the previous one attached off the screen and out of the frame.
    onWiped(() => precheck.forget());
    const actions = { onGoOn: precheck.goOn, onShrink: precheck.shrink, onOpenSlip: () => void precheck.openSlip() };
    return { get: () => ({ shown, ...actions }) };
  },
  View({ state, slot, refocus }) {
    const { shown, onOpenSlip } = state;
    if (!shown) return null;
    const summary = shown.summary;
    if (slot === 'page') {
      return (
        <>
          <PrecheckRowResults view={shown.view} actions={state} />
          {summary?.anchor && <SubmitSummary {...summary} onOpenSlip={onOpenSlip} />}
        </>
      );
    }
    const onGoOn = (id: number) => {
      // "Vẫn tải lên" removes itself.
      refocus();
      state.onGoOn(id);
    };
    return (
      <>
        <PrecheckDock view={shown.view} actions={{ onGoOn, onShrink: state.onShrink }} />
        {summary && !summary.anchor && <SubmitSummary {...summary} anchor={null} onOpenSlip={onOpenSlip} />}
      </>
    );
  },
};
