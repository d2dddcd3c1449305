import type { Feature } from './feature';
import { guideFeature } from './guide-feature';
import { precheckFeature } from './precheck-feature';
import { procedureFeature } from './procedure-feature';

/**
 * Every feature of the overlay, in the order their views stack (in the dock
 * and over the page). A new feature is one entry here; the entry point
 * and OverlayApp only loop over this list.
 */
export const FEATURES: readonly Feature<unknown>[] = [procedureFeature, precheckFeature, guideFeature];
