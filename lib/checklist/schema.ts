import { z } from 'zod';
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
const Text = z.string().max(TEXT_MAX);

export const ItemAction = z.enum(['skip', 'fill', 'upload', 'present']);
export type ItemAction = z.infer<typeof ItemAction>;

export const ChecklistItem = z.object({
  name: Text.min(1),
  kind: z.enum(['paper', 'note']),
  /** Case title ("Trường hợp …", "* Giấy tờ phải nộp:") or null when untitled. */
  group: Text.nullable(),
  original: z.number().int().nonnegative().nullable(),
  copies: z.number().int().nonnegative().nullable(),
  /** Form template name ("Mẫu số 01", a `.doc` file name) or null. */
  form: Text.nullable(),
  action: ItemAction,
  /** Where the state holds it ("VNeID", "CSDLQG về dân cư", …) when action is skip. */
  heldBy: Text.nullable(),
  /** Rendered Vietnamese reason (contract); the UI words `reasonCodes` in its own language. */
  reason: Text,
  legalBasis: Text.nullable(),
  /** Added to the contract: why, as codes with parameters (lib/checklist/reason.ts); absent in items stored before codes existed. */
  reasonCodes: z.array(ReasonPart).max(4).optional(),
  /** The held paper (lib/knowledge id) a skip rests on. */
  heldPaper: Text.nullable().optional(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const ProcedureRef = z.object({ code: z.string().max(100), name: z.string().max(2000) });
export type ProcedureRef = z.infer<typeof ProcedureRef>;

export const Checklist = z.object({
  procedure: ProcedureRef.nullable(),
  items: z.array(ChecklistItem).max(ITEMS_MAX),
});
export type Checklist = z.infer<typeof Checklist>;

/**
 * An item as the engine keeps it: the contract fields plus what the pre-check
 * needs to know about alternatives. The CLI prints only the contract fields
 * (Checklist.parse strips these).
 */
export const ChecklistEntry = ChecklistItem.extend({
  /** Needed only in the situation it or its case names ("Trường hợp …", "Đối với …", "(nếu có)"). */
  conditional: z.boolean(),
  /** Items sharing this key are alternatives: one of them is enough. Null when the item stands alone. */
  oneOf: Text.nullable(),
});
export type ChecklistEntry = z.infer<typeof ChecklistEntry>;

export const DetailedChecklist = Checklist.extend({ items: z.array(ChecklistEntry).max(ITEMS_MAX) });
export type DetailedChecklist = z.infer<typeof DetailedChecklist>;
