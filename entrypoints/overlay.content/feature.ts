import type { ReactNode } from 'react';
import type { OverlaySlotProps } from '@/components/OverlayApp';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageFromUrl } from '@/lib/portal/page-kind';
import type { Settings } from '@/lib/settings';
import type { CatalogMatches } from './catalog-matches';

/** What the overlay gives every feature it starts. */
export interface FeatureContext {
  ctx: ContentScriptContext;
  settings: Settings;
  /** The overlay's shadow host (its own nodes are not the page's) and the element its hidden frames go in. */
  host: HTMLElement;
  frameParent: Element;
  /** The id this tab's per-citizen writes carry (lib/messaging/session-id-client.ts). */
  sessionId(): Promise<string>;
  /** Calls `listener` when the background wipes the citizen's data (a new citizen at the counter). */
  onWiped(listener: () => void): void;
  catalog: CatalogMatches;
  /** The store of another feature, once started (null when its pages never came up). Call it from callbacks, not during start. */
  use<S>(feature: Feature<S>): Store<S> | null;
  /** Something a feature shows changed: the overlay draws again. */
  changed(): void;
}

/** A started feature's state, read at each draw. */
export interface Store<S> {
  get(): S;
}

export type FeatureViewProps<S> = OverlaySlotProps & { state: S };

/**
 * One feature of the overlay (the procedure's checklist, the guide, the file
 * pre-check): started once, when the overlay first is on one of its `pages`,
 * and shown (`View`, in each slot) while the page is one of them. Members
 * are methods so features of different states share one list (features.ts).
 */
export interface Feature<S> {
  name: string;
  pages(page: PageFromUrl): boolean;
  start(context: FeatureContext): Store<S>;
  View(props: FeatureViewProps<S>): ReactNode;
}
