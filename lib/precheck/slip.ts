import { z } from 'zod/mini';
import { type Checklist, type ChecklistItem, ITEMS_MAX, ProcedureRef, TEXT_MAX } from '../checklist/schema';
import type { CheckResult, Verdict } from './types';

/**
 * The consolidated supplement list ("phiếu bổ sung một lần"): everything the
 * citizen still has to bring or fix, in one printable page, plus the papers
 * nobody may ask them for. Plain data: the slip page renders it, the
 * background keeps it in session storage.
 */
const Text = z.string().check(z.maxLength(TEXT_MAX));
const Name = z.string().check(z.minLength(1), z.maxLength(TEXT_MAX));
const Count = z.nullable(z.int().check(z.nonnegative()));

export const SlipPaper = z.object({
  name: Name,
  /** `missing`: no file yet; `unusable`: a file was attached but cannot be accepted as is. */
  reason: z.enum(['missing', 'unusable']),
  original: Count,
  copies: Count,
  form: z.nullable(Text),
  /** The attached file's name, for `unusable`. */
  file: z.nullable(Text),
  /** What is wrong with that file and what to do, for `unusable`. */
  problems: z.array(Text).check(z.maxLength(100)),
});
export type SlipPaper = z.infer<typeof SlipPaper>;

export const SlipHeldPaper = z.object({
  name: Name,
  heldBy: z.nullable(Text),
  legalBasis: z.nullable(Text),
});
export type SlipHeldPaper = z.infer<typeof SlipHeldPaper>;

export const SlipData = z.object({
  /** `returned`: the note for a dossier the agency sent back (lib/session/returned.ts); absent: the pre-check's list. */
  kind: z.optional(z.literal('returned')),
  procedure: z.nullable(ProcedureRef),
  /** Local calendar day, YYYY-MM-DD. */
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  needed: z.array(SlipPaper).check(z.maxLength(ITEMS_MAX)),
  heldByState: z.array(SlipHeldPaper).check(z.maxLength(ITEMS_MAX)),
});
export type SlipData = z.infer<typeof SlipData>;

/** A checked file and the checklist item (row) it was attached for, when known. */
export interface SlipFileResult {
  itemIndex: number | null;
  name: string;
  verdict: Verdict;
  checks: readonly CheckResult[];
}

const dayOf = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

const needOf = (item: Pick<ChecklistItem, 'name' | 'original' | 'copies' | 'form'>): Omit<SlipPaper, 'reason' | 'file' | 'problems'> => ({
  name: item.name,
  original: item.original,
  copies: item.copies,
  form: item.form,
});

/**
 * Builds the slip: one entry per missing item (indices from
 * `missingItemIndices`), saying which attached file could not be used when
 * there is one, plus files with errors that belong to no paper; in checklist
 * order. A bad file beside a good one for the same paper is not listed: the
 * paper is there. Then the items the state holds.
 */
export function buildSlip(checklist: Checklist, files: readonly SlipFileResult[], missing: readonly number[], date: Date): SlipData {
  const bad = files.filter((f) => f.verdict === 'error');
  const errorsOf = (list: readonly SlipFileResult[]) => list.flatMap((f) => f.checks.filter((c) => c.level === 'error').map((c) => c.message));
  const rows: { order: number; paper: SlipPaper }[] = missing.map((index) => {
    const badHere = bad.filter((f) => f.itemIndex === index);
    const paper: SlipPaper = badHere.length
      ? { ...needOf(checklist.items[index] as ChecklistItem), reason: 'unusable', file: badHere.map((f) => f.name).join(', '), problems: [...new Set(errorsOf(badHere))] }
      : { ...needOf(checklist.items[index] as ChecklistItem), reason: 'missing', file: null, problems: [] };
    return { order: index, paper };
  });
  for (const file of bad.filter((f) => f.itemIndex === null || !checklist.items[f.itemIndex])) {
    rows.push({
      order: checklist.items.length,
      paper: { name: file.name, original: null, copies: null, form: null, reason: 'unusable', file: file.name, problems: errorsOf([file]) },
    });
  }
  rows.sort((a, b) => a.order - b.order);
  const heldByState = checklist.items
    .filter((item) => item.action === 'skip')
    .map((item) => ({ name: item.name, heldBy: item.heldBy, legalBasis: item.legalBasis }));
  return SlipData.parse({ procedure: checklist.procedure, date: dayOf(date), needed: rows.map((r) => r.paper), heldByState });
}
