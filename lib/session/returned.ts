import { z } from 'zod/mini';
import { isAnnexSkip } from '../checklist/carry-annex-skips';
import { classifyItem } from '../checklist/classify';
import { type ChecklistItem, ProcedureRef, TEXT_MAX } from '../checklist/schema';
import type { SlipData } from '../precheck/slip';
import { cleanText, fold } from '../text';
import { dayKey } from './tally';

/**
 * A dossier the agency sent back asking for more papers ("yêu cầu bổ sung"),
 * as the helper records it in the session: which procedure, which papers, and
 * for each whether the state already holds it (NQ 66.7/2025/NQ-CP Điều 3.2,
 * Điều 4, Phụ lục I: the agency retrieves it and may not ask for it; Điều 8:
 * when it cannot, it says so and points to the data to correct). Per-citizen
 * data: it lives in the session and goes with it.
 */
export const REQUESTED_MAX = 30;
export const RETURNED_MAX = 20;
/** A typed paper name longer than this is not a paper name. */
export const PAPER_NAME_MAX = 2000;

const Text = z.string().check(z.maxLength(TEXT_MAX));

export const RequestedPaper = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(TEXT_MAX)),
  /** The state holds it: a request the agency should not make. */
  held: z.boolean(),
  heldBy: z.nullable(Text),
  /** The article the flag rests on. */
  legalBasis: z.nullable(Text),
});
export type RequestedPaper = z.infer<typeof RequestedPaper>;

export const ReturnedDossier = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  at: z.int().check(z.nonnegative()),
  procedure: ProcedureRef,
  papers: z.array(RequestedPaper).check(z.minLength(1), z.maxLength(REQUESTED_MAX)),
});
export type ReturnedDossier = z.infer<typeof ReturnedDossier>;

const heldPaper = (name: string, item: Pick<ChecklistItem, 'action' | 'heldBy' | 'legalBasis'>): RequestedPaper =>
  item.action === 'skip'
    ? { name, held: true, heldBy: item.heldBy, legalBasis: item.legalBasis }
    : { name, held: false, heldBy: null, legalBasis: null };

/**
 * Decides, for each paper the agency asked for, whether the state holds it.
 * A paper picked from the procedure's checklist keeps the catalog's decision
 * (which includes the per-procedure Phụ lục I/II rows); a typed one is judged
 * by the checklist engine's rules for every procedure (Điều 4 with its
 * exceptions), citing the procedure's own Phụ lục I/II row when its checklist
 * names the same paper there. Blank and repeated names are dropped.
 */
export function assessRequestedPapers(
  names: readonly string[],
  procedure: ProcedureRef,
  items: readonly ChecklistItem[],
): RequestedPaper[] {
  const seen = new Set<string>();
  const out: RequestedPaper[] = [];
  for (const raw of names) {
    const name = cleanText(raw).trim();
    const key = fold(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const listed = items.find((item) => fold(item.name) === key);
    if (listed) {
      out.push(heldPaper(listed.name, listed));
      continue;
    }
    const judged = classifyItem({ name, kind: 'paper', group: null, procedureName: procedure.name });
    const annexRow = judged.heldPaper ? items.find((i) => isAnnexSkip(i) && i.heldPaper === judged.heldPaper) : undefined;
    out.push(heldPaper(name, judged.action === 'skip' && annexRow ? annexRow : judged));
  }
  return out;
}

/** Whether the agency asked for at least one paper the state holds. */
export const asksForStateHeld = (record: Pick<ReturnedDossier, 'papers'>) => record.papers.some((p) => p.held);

/**
 * The note the citizen brings back, as a slip (the slip page prints it): the
 * papers to bring, and those the agency should not have asked for, with the
 * article.
 */
export function returnedSlip(record: ReturnedDossier): SlipData {
  return {
    kind: 'returned',
    procedure: record.procedure,
    date: dayKey(new Date(record.at)),
    needed: record.papers
      .filter((p) => !p.held)
      .map((p) => ({ name: p.name, reason: 'missing', original: null, copies: null, form: null, file: null, problems: [] })),
    heldByState: record.papers.filter((p) => p.held).map((p) => ({ name: p.name, heldBy: p.heldBy, legalBasis: p.legalBasis })),
  };
}
