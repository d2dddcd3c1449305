import { type ReactNode, useLayoutEffect, useReducer, useRef } from 'react';

/** Where a feature's view goes, and how it asks for the focus to be kept when it removes its own control. */
export interface OverlaySlotProps {
  /** `dock`: the overlay's column of cards; `page`: laid over the portal's page (beside rows, spotlights). */
  slot: 'dock' | 'page';
  /** Call before removing the focused control: focus then moves to the dock's first control, not the top of the page. */
  refocus(): void;
}

/** One feature of the overlay to show, with its state at this draw (entrypoints/overlay.content/features.ts). */
export interface OverlayFeatureView {
  name: string;
  state: unknown;
  View(props: OverlaySlotProps & { state: unknown }): ReactNode;
}

const FOCUSABLE = 'button, summary, a[href], input, select, textarea, [tabindex="0"]';

/** Root of the on-page UI: each shown feature's view in the dock, then over the page. */
export function OverlayApp({ features }: { features: readonly OverlayFeatureView[] }) {
  const dock = useRef<HTMLDivElement>(null);
  // A control that removes itself (the card's close button, "Vẫn tải lên") would drop keyboard focus to
  // the top of the page: after that render, focus moves to the overlay's first control instead.
  const refocusing = useRef(false);
  useLayoutEffect(() => {
    const el = dock.current;
    if (!refocusing.current || !el) return;
    refocusing.current = false;
    const active = (el.getRootNode() as Document | ShadowRoot).activeElement;
    if (!active || !el.contains(active)) (el.querySelector<HTMLElement>(FOCUSABLE) ?? el).focus();
  });
  // Drawn again with the view's own change (a card closing itself is the view's state, not ours), so the effect above runs.
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const refocus = () => {
    refocusing.current = true;
    redraw();
  };
  return (
    <>
      <div className="dvc-dock" ref={dock} tabIndex={-1}>
        {features.map(({ name, state, View }) => (
          <View key={name} state={state} slot="dock" refocus={refocus} />
        ))}
      </div>
      {features.map(({ name, state, View }) => (
        <View key={name} state={state} slot="page" refocus={refocus} />
      ))}
    </>
  );
}
