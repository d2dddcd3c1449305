import { z } from 'zod';

/** Why a matching paper still has to be supplied; `id` lets an entry opt out of a common one. */
export const Exclusion = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Phrasings (diacritics optional; compared folded, whole words) that signal the exclusion. */
  phrases: z.array(z.string().min(2)).min(1),
  /** Short Vietnamese explanation shown to the user. */
  why: z.string().min(5),
  /** Also look for the phrases in the procedure's name (a foreign element, a business procedure…). */
  inProcedureName: z.boolean().default(false),
});
export type Exclusion = z.infer<typeof Exclusion>;

/**
 * One kind of paper the state already holds. `held` entries are skipped when
 * they match with no exclusion; `often-held` entries (records that may not be
 * digitised yet) only add advice and never make an item `skip`.
 */
export const HeldPaper = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** What is held, in Vietnamese ("thông tin căn cước (CCCD, CMND, thẻ căn cước)"). */
  what: z.string().min(3),
  /** Where, short ("VNeID", "CSDLQG về dân cư"), as printed in `heldBy`. */
  heldBy: z.string().min(3),
  /** Short citation ("Luật Cư trú 2020; Nghị định 104/2022/NĐ-CP (Điều 14)"). */
  legalBasis: z.string().min(5),
  certainty: z.enum(['held', 'often-held']),
  /** Names of the paper; an item matches when one of its parts starts with one of these. */
  phrases: z.array(z.string().min(2)).min(1),
  /** Other papers that may stand beside it as alternatives in the same item ("hộ chiếu") without blocking a match. */
  companions: z.array(z.string().min(2)).default([]),
  /** The item must also say one of these (e.g. "được khai thác"), when set. */
  requiresAny: z.array(z.string().min(2)).default([]),
  /** Entry-specific exclusions, checked on the item and its case title. */
  exclusions: z.array(Exclusion).default([]),
  /** Common exclusions (COMMON_EXCLUSIONS ids) that do not apply to this entry. */
  ignoresCommon: z.array(z.string()).default([]),
  /** Procedure names about this very paper (issuing, renewing, revoking it): then it is never skipped. */
  subjectOfProcedure: z.array(z.string().min(2)).default([]),
  /** What to tell the user instead of asking for the paper (Vietnamese, one sentence). */
  advice: z.string().min(5),
});
export type HeldPaper = z.infer<typeof HeldPaper>;

/** A state database or system the portal texts name, with its short name. */
export const StateSystem = z.object({
  short: z.string().min(3),
  phrases: z.array(z.string().min(3)).min(1),
});
export type StateSystem = z.infer<typeof StateSystem>;

export const Knowledge = z.object({
  /** Bump when an entry changes, so saved checklists can be re-classified. */
  version: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  papers: z.array(HeldPaper).min(1),
  commonExclusions: z.array(Exclusion).min(1),
  systems: z.array(StateSystem).min(1),
});
export type Knowledge = z.infer<typeof Knowledge>;
