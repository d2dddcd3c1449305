import { z } from 'zod/mini';
import { Localized } from '../i18n/localized';

const Id = z.string().check(z.regex(/^[a-z][a-z0-9-]*$/));
const IsoDate = z.iso.date();
const Phrase = z.string().check(z.minLength(2));

/** Why a matching paper still has to be supplied; `id` lets an entry opt out of a common one. */
export const Exclusion = z.object({
  id: Id,
  /** Phrasings (diacritics optional; compared folded, whole words) that signal the exclusion. */
  phrases: z.array(Phrase).check(z.minLength(1)),
  /** Short explanation shown to the user, in both UI languages. */
  why: Localized,
  /** Also look for the phrases in the procedure's name (a foreign element, a business procedure…). */
  inProcedureName: z._default(z.boolean(), false),
  /** The paper is probably not needed but the law cannot promise it (a health certificate that must be fresh): advise, never skip. */
  advise: z._default(z.boolean(), false),
  /** The phrases open a paper's name ("chưa có" + "thẻ căn cước"): the row is what to give when lacking that paper. */
  beforePaper: z._default(z.boolean(), false),
});
export type Exclusion = z.infer<typeof Exclusion>;

/** When a rule is law: from `validFrom` to the end of `validUntil` (null: no end date in the data). */
const Validity = {
  validFrom: IsoDate,
  validUntil: z.nullable(IsoDate),
};

/**
 * One kind of paper the state already holds. `held` entries are skipped when
 * they match with no exclusion; `often-held` entries (records that may not be
 * digitised yet) only add advice and never make an item `skip`.
 */
export const HeldPaper = z.object({
  id: Id,
  /** What is held ("thông tin căn cước (CCCD, CMND, thẻ căn cước)"). */
  what: Localized,
  /** Where, short ("VNeID", "CSDLQG về dân cư"), as printed in `heldBy`. */
  heldBy: z.string().check(z.minLength(3)),
  /** The database the law names (Databases id). */
  database: Id,
  /** Citation of the rule, most specific first ("NQ 66.7/2025/NQ-CP, Điều 4 khoản 1 điểm a; Luật Căn cước 2023"). */
  legalBasis: z.string().check(z.minLength(5)),
  ...Validity,
  certainty: z.enum(['held', 'often-held']),
  /** Names of the paper; an item matches when one of its parts starts with one of these. */
  phrases: z.array(Phrase).check(z.minLength(1)),
  /** Other papers that may stand beside it as alternatives in the same item ("hộ chiếu") without blocking a match. */
  companions: z._default(z.array(Phrase), []),
  /** The item must also say one of these (e.g. "được khai thác"), when set. */
  requiresAny: z._default(z.array(Phrase), []),
  /** Entry-specific exclusions, checked on the item and its case title. */
  exclusions: z._default(z.array(Exclusion), []),
  /** Common exclusions (commonExclusions ids) that do not apply to this entry. */
  ignoresCommon: z._default(z.array(z.string()), []),
  /** Procedure names about this very paper (issuing, changing, re-issuing it): then it is never skipped. */
  subjectOfProcedure: z._default(z.array(Phrase), []),
  /** What to tell the user instead of asking for the paper (one sentence). */
  advice: Localized,
});
export type HeldPaper = z.infer<typeof HeldPaper>;

/** A state database or system, with the ways texts (and the annexes) write its name. */
export const Database = z.object({
  id: Id,
  /** Short name, as printed in `heldBy` ("CSDLQG về dân cư"). */
  short: z.string().check(z.minLength(3)),
  name: Localized,
  phrases: z.array(z.string().check(z.minLength(3))).check(z.minLength(1)),
});
export type Database = z.infer<typeof Database>;

/**
 * Điều 8: when the agency cannot retrieve the data it must ask for the paper
 * (within 08 working hours online). A row whose only condition is that case is
 * not uploaded.
 */
export const Fallback = z.object({
  legalBasis: z.string().check(z.minLength(5)),
  ...Validity,
  /** Phrasings of "when the agency cannot retrieve it". */
  phrases: z.array(Phrase).check(z.minLength(1)),
});
export type Fallback = z.infer<typeof Fallback>;

export const Knowledge = z
  .object({
    /** Bump when an entry changes, so saved checklists can be re-classified. */
    version: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    /** The resolution whose annexes name papers per procedure, and when it is in force. */
    resolution: z.object({ citation: z.string().check(z.minLength(5)), ...Validity }),
    papers: z.array(HeldPaper).check(z.minLength(1)),
    commonExclusions: z.array(Exclusion).check(z.minLength(1)),
    databases: z.array(Database).check(z.minLength(1)),
    fallback: Fallback,
  })
  .check(
    z.superRefine((k, ctx) => {
    const databases = new Set(k.databases.map((d) => d.id));
    k.papers.forEach((p, i) => {
      if (!databases.has(p.database)) ctx.addIssue({ code: 'custom', path: ['papers', i, 'database'], message: `unknown database ${p.database}` });
      if (p.validUntil !== null && p.validUntil < p.validFrom) ctx.addIssue({ code: 'custom', path: ['papers', i, 'validUntil'], message: 'ends before it starts' });
    });
  }),
  );
export type Knowledge = z.infer<typeof Knowledge>;
