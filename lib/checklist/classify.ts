import { type AnnexEntry, activeKnowledge, fallbackDatabase, type HeldPaperMatch, matchHeldPaper, papersNamed } from '@/lib/knowledge';
import { fold, stripDiacritics } from '@/lib/text';
import { type ReasonPart, reasonText } from './reason';
import type { ItemAction } from './schema';

export interface ClassifyInput {
  name: string;
  kind: 'paper' | 'note';
  group: string | null;
  procedureName?: string | null;
  /** What Phụ lục I/II of NQ 66.7/2025/NQ-CP say of this procedure (lib/knowledge AnnexIndex), when known. */
  annex?: readonly AnnexEntry[];
}

export interface Classification {
  action: ItemAction;
  heldBy: string | null;
  /** The reason in Vietnamese (the checklist contract); `reasonCodes` is what the UI words in its language. */
  reason: string;
  reasonCodes: ReasonPart[];
  legalBasis: string | null;
  /** The held paper (knowledge id) a skip rests on, else null. */
  heldPaper: string | null;
}

// Declarations completed in the portal's electronic form (or on the paper form at the counter).
const DECLARATION =
  /^(?:(?:ban chinh|ban goc|ban dien tu|bieu mau dien tu|0?1|mot|hoac)\s+)*(?:to khai|mau (?:ho tich )?dien tu tuong tac|mau dien tu|bieu mau dien tu|phieu (?:de nghi|khai|dang ky|bao thay doi|yeu cau)|ban khai nhan khau|don (?:de nghi|xin|dang ky|yeu cau)|giay de nghi|de nghi (?:cap|doi|sat hach|cap doi|cap lai))\b/;

const PRESENT_GROUP = /\bxuat trinh\b/;
const SUBMIT_GROUP = /\b(phai nop|nop va|nop hoac|nop hoac xuat trinh|nop xuat trinh)\b/;

/** Whether a case title lists papers to show rather than to submit ("Giấy tờ phải xuất trình"). */
export function isPresentGroup(group: string | null): boolean {
  if (!group) return false;
  const g = fold(group);
  return PRESENT_GROUP.test(g) && !SUBMIT_GROUP.test(g);
}

function mustPresent(name: string, group: string | null): boolean {
  const text = fold(name);
  if (/^xuat trinh\b/.test(text) || /\((?:de )?xuat trinh\)/.test(stripDiacritics(name).toLowerCase()) || /\b(?:mang theo|dem theo)\b/.test(text)) return true;
  return isPresentGroup(group);
}

// Exclusions that change what the paper is (a translation, a photo, a paper issued abroad…): even the annex does not lift them.
export const KEPT_UNDER_ANNEX: ReadonlySet<string> = new Set(['ban-dich', 'anh-chan-dung', 'nuoc-ngoai', 'gplx-dac-biet', 'bhyt-dac-biet']);

// When the agency must first try the database itself, only what changes the paper (abroad, a translation, a photo, nationality) still counts.
const KEPT_UNDER_FALLBACK = new Set([...KEPT_UNDER_ANNEX, 'chung-minh-quoc-tich']);

function classified(action: ItemAction, parts: ReasonPart[], held: { heldBy: string; legalBasis: string; paper: string | null } | null): Classification {
  return {
    action,
    heldBy: held?.heldBy ?? null,
    reason: reasonText(parts, 'vi'),
    reasonCodes: parts,
    legalBasis: held?.legalBasis ?? null,
    heldPaper: held?.paper ?? null,
  };
}

const until = (validUntil: string | null): Record<string, string> => (validUntil ? { validUntil } : {});

/**
 * The annex row of this procedure naming a paper the item asks for (alone or
 * as an alternative), with that paper; null when the item also needs papers
 * the state does not hold, or an exclusion in the item itself keeps it.
 */
function annexFor(match: HeldPaperMatch, name: string, annex: readonly AnnexEntry[] | undefined): { entry: AnnexEntry; paper: string } | null {
  if (!annex?.length || (match.partial && !match.alternatives)) return null;
  if (match.exclusion && match.exclusionInItem && KEPT_UNDER_ANNEX.has(match.exclusion.id)) return null;
  const named = [match.paper.id, ...papersNamed(name)];
  for (const entry of annex) {
    const paper = named.find((id) => entry.papers.includes(id));
    if (paper) return { entry, paper };
  }
  return null;
}

/** Why a paper the state holds is still asked for, or advice when it usually is not needed. */
function heldPaperHint(match: HeldPaperMatch): ReasonPart | null {
  const { paper, heldBy } = match;
  if (match.partial) return paper.certainty === 'held' ? { code: 'hint.partial', params: { paper: paper.id, heldBy } } : null;
  if (match.exclusion) return { code: match.exclusion.advise ? 'hint.advise' : 'hint.excluded', params: { paper: paper.id, exclusion: match.exclusion.id } };
  if (match.subjectOfProcedure) return { code: 'hint.subject', params: { paper: paper.id } };
  return paper.certainty === 'often-held' ? { code: 'hint.oftenHeld', params: { paper: paper.id } } : null;
}

/** A `skip` for a matched paper, or null when something keeps it asked for. */
function skipOf(match: HeldPaperMatch, name: string, annex: readonly AnnexEntry[] | undefined): Classification | null {
  const { paper, heldBy } = match;
  const held = { heldBy, legalBasis: match.legalBasis, paper: paper.id };
  const rule = { paper: paper.id, heldBy, basis: match.legalBasis, ...until(paper.validUntil) };
  const fromAnnex = annexFor(match, name, annex);
  if (fromAnnex) return annexSkip(fromAnnex.paper, fromAnnex.entry, heldBy);
  if (paper.certainty !== 'held') return null;
  // Điều 8: a paper asked for only when the data cannot be retrieved is not uploaded; the agency must ask.
  // A row that also asks for papers the state does not hold ("Hồ sơ về nhân sự: sơ yếu lý lịch, văn bằng, phiếu lý lịch tư pháp …") is still prepared.
  const onlyHeld = !match.otherPapers || match.alternatives;
  if (match.fallback && onlyHeld && !match.exclusion?.advise && !(match.exclusion && KEPT_UNDER_FALLBACK.has(match.exclusion.id))) return fallbackSkip(paper.id, heldBy);
  if (match.exclusion || match.subjectOfProcedure) return null;
  if (match.partial) return match.alternatives ? classified('skip', [{ code: 'held.alternative', params: rule }], held) : null;
  return classified('skip', [{ code: paper.requiresAny.length ? 'held.exploited' : 'held', params: rule }], held);
}

/** A `skip` resting on a row of Phụ lục I/II: the law names this paper for this procedure. */
export function annexSkip(paper: string, entry: AnnexEntry, heldBy: string): Classification {
  const law = activeKnowledge().resolution;
  const basis = `${law.citation}, Phụ lục ${entry.annex}, số ${entry.no}`;
  const params = { paper, heldBy, basis, annex: entry.annex, no: String(entry.no), ...until(law.validUntil) };
  return classified('skip', [{ code: 'held.annex', params }], { heldBy, legalBasis: basis, paper });
}

function fallbackSkip(paper: string | null, heldBy: string): Classification {
  const law = activeKnowledge().fallback;
  const params = { heldBy, basis: law.legalBasis, ...(paper ? { paper } : {}), ...until(law.validUntil) };
  return classified('skip', [{ code: 'held.fallback', params }], { heldBy, legalBasis: law.legalBasis, paper });
}

/**
 * Decides what the user does with an item: per procedure first (Phụ lục I/II
 * of NQ 66.7/2025/NQ-CP), then the papers Điều 4 replaces in every procedure,
 * with their exceptions. When unsure the item stays `upload` (or `present`)
 * with advice in the reason.
 */
export function classifyItem(input: ClassifyInput): Classification {
  if (input.kind === 'note') return classified('upload', [{ code: 'note', params: {} }], null);
  const text = fold(input.name);
  if (DECLARATION.test(text)) return classified('fill', [{ code: 'fill', params: {} }], null);
  const match = matchHeldPaper({ name: input.name, group: input.group, procedureName: input.procedureName });
  const skip = match ? skipOf(match, input.name, input.annex) : null;
  if (skip) return skip;
  // A paper of no Điều 4 kind, asked for only when the database the row names cannot answer (Điều 4 khoản 10, Điều 8).
  const system = match ? null : fallbackDatabase(input);
  if (system) return fallbackSkip(null, system);
  const action: ItemAction = mustPresent(input.name, input.group) ? 'present' : 'upload';
  const hint = match ? heldPaperHint(match) : null;
  return classified(action, hint ? [{ code: action, params: {} }, hint] : [{ code: action, params: {} }], null);
}
