import { z } from 'zod/mini';
import { ReasonPart } from './reason';

/**
 * The typed checklist: the observable JSON of `npm run -s checklist` and what
 * the overlay, side panel, pre-check and slip consume. Keep field names stable
 * (see ../shared/design.md, "Observable contract").
 */
/**
 * Bounds on what crosses a message or lands in storage: far above anything in
 * ../shared/data (the longest cells run a few thousand characters), low
 * enough that a hostile page cannot fill the background's memory or storage.
 */
export const TEXT_MAX = 20_000;
export const ITEMS_MAX = 2000;
const Text = z.string().check(z.maxLength(TEXT_MAX));
const Count = z.nullable(z.int().check(z.nonnegative()));

export const ItemAction = z.enum(['skip', 'fill', 'upload', 'present']);
export type ItemAction = z.infer<typeof ItemAction>;

export const ChecklistItem = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(TEXT_MAX)),
  kind: z.enum(['paper', 'note']),
  /** Case title ("Trường hợp …", "* Giấy tờ phải nộp:") or null when untitled. */
  group: z.nullable(Text),
  original: Count,
  copies: Count,
  /** Form template name ("Mẫu số 01", a `.doc` file name) or null. */
  form: z.nullable(Text),
  action: ItemAction,
  /** Where the state holds it ("VNeID", "CSDLQG về dân cư", …) when action is skip. */
  heldBy: z.nullable(Text),
  /** Rendered Vietnamese reason (contract); the UI words `reasonCodes` in its own language. */
  reason: Text,
  legalBasis: z.nullable(Text),
  /** Added to the contract: why, as codes with parameters (lib/checklist/reason.ts); absent in items stored before codes existed. */
  reasonCodes: z.optional(z.array(ReasonPart).check(z.maxLength(4))),
  /** The held paper (lib/knowledge id) a skip rests on. */
  heldPaper: z.optional(z.nullable(Text)),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const ProcedureRef = z.object({ code: z.string().check(z.maxLength(100)), name: z.string().check(z.maxLength(2000)) });
export type ProcedureRef = z.infer<typeof ProcedureRef>;

export const Checklist = z.object({
  procedure: z.nullable(ProcedureRef),
  items: z.array(ChecklistItem).check(z.maxLength(ITEMS_MAX)),
});
export type Checklist = z.infer<typeof Checklist>;

/**
 * An item as the engine keeps it: the contract fields plus what the pre-check
 * needs to know about alternatives. The CLI prints only the contract fields
 * (Checklist.parse strips these).
 */
export const ChecklistEntry = z.extend(ChecklistItem, {
  /** Needed only in the situation it or its case names ("Trường hợp …", "Đối với …", "(nếu có)"). */
  conditional: z.boolean(),
  /** Items sharing this key are alternatives: one of them is enough. Null when the item stands alone. */
  oneOf: z.nullable(Text),
});
export type ChecklistEntry = z.infer<typeof ChecklistEntry>;

export const DetailedChecklist = z.extend(Checklist, { items: z.array(ChecklistEntry).check(z.maxLength(ITEMS_MAX)) });
export type DetailedChecklist = z.infer<typeof DetailedChecklist>;
