import { z } from 'zod/mini';
import { Localized } from '../i18n/localized';
import { PAGE_KINDS } from './page-kind';

/**
 * A CSS selector that does not lean on class names: the portal's Tailwind
 * utility classes change with every build. Attribute values and strings may
 * contain dots (`[title="v.v."]`), so those are removed before the check.
 */
export const StableCss = z.string().check(
  z.minLength(1),
  z.refine((css) => !/\.[A-Za-z_-]/.test(css.replace(/"[^"]*"|'[^']*'/g, '""').replace(/\[[^\]]*\]/g, '[]')), {
    message: 'class selectors are not stable on the portal: use roles, data-e2e, title, name…',
  }),
);

/** One CSS way to find the element; `nth` picks one match when the selector matches siblings. */
export const CssStrategy = z.object({ css: StableCss, nth: z.optional(z.int().check(z.nonnegative())) });
export type CssStrategy = z.infer<typeof CssStrategy>;

/**
 * Visible Vietnamese text, compared after folding (diacritics, case, spaces).
 * `within` restricts the candidates to a role or tag, so "Đăng nhập" matches
 * the button and not the paragraph that mentions it.
 */
export const TextStrategy = z
  .object({
    within: StableCss,
    equals: z.optional(z.string().check(z.minLength(1))),
    contains: z.optional(z.string().check(z.minLength(1))),
    /** Climb from the matched text (a heading, a label) to the block it names. */
    up: z.optional(StableCss),
    /** Then go down to the block's controls (e.g. the pickers of "Chọn cơ quan thực hiện", whatever shape they have now). */
    down: z.optional(StableCss),
    nth: z.optional(z.int().check(z.nonnegative())),
  })
  .check(z.refine((t) => (t.equals === undefined) !== (t.contains === undefined), { message: 'give exactly one of equals/contains' }));
export type TextStrategy = z.infer<typeof TextStrategy>;

/** A registry entry: one thing on the portal the extension points at or reads. */
export const SelectorEntry = z
  .object({
    /** What the user sees, used in "could not find …" messages. */
    describe: Localized,
    /** Page kinds on which the element exists. */
    pages: z.array(z.enum(PAGE_KINDS)).check(z.minLength(1)),
    /** Tried in order; the first strategy with a match wins. */
    css: z.array(CssStrategy),
    text: z.array(TextStrategy),
    /** Last resort: where the element sits in the page's structure. */
    structural: z.array(CssStrategy),
    /** How many elements the entry resolves to on the replica portal. */
    expected: z.int().check(z.nonnegative()),
  })
  .check(z.refine((e) => e.css.length + e.text.length + e.structural.length > 0, { message: 'an entry needs a strategy' }));
export type SelectorEntry = z.infer<typeof SelectorEntry>;
