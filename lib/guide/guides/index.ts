import type { ChecklistItem } from '../../checklist/schema';
import { resolveGuide } from '../resolve';
import { GuideDef, type ResolvedGuide } from '../schema';
import { onlineSubmission } from './online-submission';
import { uploadChecklist } from './upload-checklist';
import type { GuideId } from './ids';
import { vneidSignIn } from './vneid-sign-in';

export { GUIDE_IDS, type GuideId } from './ids';

/** Every shipped guide, validated when the module loads (tests/unit/guides.test.ts checks them deeper). */
export const GUIDES: Record<GuideId, GuideDef> = {
  'online-submission': GuideDef.parse(onlineSubmission),
  'vneid-sign-in': GuideDef.parse(vneidSignIn),
  'upload-checklist': GuideDef.parse(uploadChecklist),
};

const lookup = (id: string): GuideDef | undefined => (Object.hasOwn(GUIDES, id) ? GUIDES[id as GuideId] : undefined);

/** A shipped guide, flattened, with the procedure's checklist rows in its upload part. */
export function guideFor(id: GuideId, items: ChecklistItem[] | null = null): ResolvedGuide {
  return resolveGuide(GUIDES[id], lookup, items);
}
