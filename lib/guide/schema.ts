import { z } from 'zod/mini';
import { Localized } from '../i18n/localized';
import { PAGE_KINDS, type Site } from '../portal/page-kind';

const Id = z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]*$/, 'lower-case id'));
const Name = z.string().check(z.minLength(1));
const PageKinds = z.array(z.enum(PAGE_KINDS)).check(z.minLength(1));

// A record, so a site added to page-kind.ts fails to compile here until listed.
const SITE_SET: Record<Site, true> = { portal: true, 'old-portal': true, lienthong: true, vneid: true, justice: true, 'other-portal': true, other: true };
export const SITES = Object.keys(SITE_SET) as [Site, ...Site[]];

/** Where a step applies: the page kinds (URL, refined by the DOM) and optionally a site and a path pattern. */
export const PageRule = z.object({
  kinds: PageKinds,
  site: z.optional(z.enum(SITES)),
  /** Regular expression tested against the URL's path and query. */
  path: z.optional(
    z.string().check(
      z.refine((p) => {
        try {
          new RegExp(p);
          return true;
        } catch {
          return false;
        }
      }, 'invalid regular expression'),
    ),
  ),
});
export type PageRule = z.infer<typeof PageRule>;

/** A selector-registry entry, optionally narrowed to the table row that names a paper. */
export const TargetRef = z.object({ entry: Name, row: z.optional(Name) });
export type TargetRef = z.infer<typeof TargetRef>;

/** What the user does on the portal that completes a step ("Tiếp theo" always does too). */
export const Completion = z.discriminatedUnion('type', [
  z.object({ type: z.literal('click') }),
  /** A value entered or chosen in the target (text, listbox choice, checkbox or switch turned on). */
  z.object({ type: z.literal('value') }),
  z.object({ type: z.literal('file') }),
  z.object({ type: z.literal('page'), kinds: PageKinds }),
  /** Another registry entry shows up: what a click was for happened (the OTP field after "Đăng nhập", a dialog). */
  z.object({ type: z.literal('appears'), entry: Name }),
  z.object({ type: z.literal('manual') }),
]);
export type Completion = z.infer<typeof Completion>;
export const ACTION_KINDS = ['click', 'value', 'file', 'appears'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** When the target is not there after `waitMs`: skip the step, or show the card floating with an explanation. */
export const MissingPolicy = z.object({
  waitMs: z.int().check(z.minimum(0), z.maximum(60_000)),
  fallback: z.enum(['skip', 'float']),
});
export type MissingPolicy = z.infer<typeof MissingPolicy>;

export const Step = z.object({
  id: Id,
  page: PageRule,
  /** null: a step with nothing to point at (the card floats). */
  target: z.nullable(TargetRef),
  title: Localized,
  body: Localized,
  completion: Completion,
  missing: z._default(MissingPolicy, { waitMs: 8000, fallback: 'float' }),
  /** Steps of one filing system; only the branch the user actually takes counts in "Bước N/M". */
  branch: z.optional(Id),
  /**
   * The user may come back to this step's page later to do it again (the
   * document dialog, once per paper): the guide then returns to it.
   */
  repeatable: z._default(z.boolean(), false),
  /**
   * Where the guide picks up when the user comes back to the national portal
   * after filing went on another portal; reached only that way, never by
   * following the page.
   */
  afterHandOff: z._default(z.boolean(), false),
});
export type Step = z.infer<typeof Step>;
export type StepInput = z.input<typeof Step>;

/** Something the portal shows that changes what the user should do (e.g. "account is not level 2"). */
export const Notice = z.object({
  id: Id,
  /** Registry entry whose presence on the page raises the notice. */
  when: Name,
  page: PageRule,
  title: Localized,
  body: Localized,
});
export type Notice = z.infer<typeof Notice>;

export const UPLOAD_SYSTEMS = ['portal-form', 'moj', 'lienthong'] as const;
export type UploadSystem = (typeof UPLOAD_SYSTEMS)[number];

export const GuideItem = z.union([
  Step,
  /**
   * Another guide's steps, in place: from step `from` on (default: all),
   * ids prefixed with `prefix` (default: that guide's id), and put in `branch`.
   */
  z.object({ include: Id, from: z.optional(Id), prefix: z.optional(Id), branch: z.optional(Id) }),
  /** One step per paper of the procedure's checklist, for that filing system's upload table. */
  z.object({ uploads: z.enum(UPLOAD_SYSTEMS), branch: z.optional(Id) }),
]);
export type GuideItem = z.infer<typeof GuideItem>;

export const GuideDef = z.object({
  id: Id,
  title: Localized,
  items: z.array(GuideItem).check(z.minLength(1)),
  notices: z._default(z.array(Notice), []),
});
export type GuideDef = z.infer<typeof GuideDef>;
export type GuideDefInput = z.input<typeof GuideDef>;

/** A guide with includes and checklist rows expanded: what the engine and the overlay run. */
export interface ResolvedGuide {
  id: string;
  title: Localized;
  steps: Step[];
  notices: Notice[];
}
