import { cleanText, fold, hasFoldedPhrase, stripDiacritics, stripPrefixes } from '@/lib/text';
import { HELD_PAPERS } from './held-papers';
import type { Exclusion, HeldPaper, Knowledge } from './schema';

export interface HeldPaperMatch {
  paper: HeldPaper;
  /** Where it is held; for information the procedure says is exploited, the system it names. */
  heldBy: string;
  legalBasis: string;
  /** The first exclusion found in the item or its case title, if any. */
  exclusion: Exclusion | null;
  /** Some part of the item names a paper the state does not hold. */
  partial: boolean;
  /** The procedure is about this very paper (issuing, renewing, revoking it). */
  subjectOfProcedure: boolean;
}

export interface MatchInput {
  name: string;
  group?: string | null;
  procedureName?: string | null;
}

interface CompiledPaper {
  paper: HeldPaper;
  phrases: string[];
  companions: string[];
  requiresAny: string[];
  exclusions: { exclusion: Exclusion; phrases: string[] }[];
  subjectOfProcedure: string[];
}

interface CompiledKnowledge {
  papers: CompiledPaper[];
  systems: { short: string; phrases: string[] }[];
}

const foldAll = (phrases: readonly string[]) => phrases.map(fold).filter(Boolean);

function compile(knowledge: Knowledge): CompiledKnowledge {
  return {
    papers: knowledge.papers.map((paper) => ({
      paper,
      // Longest first, so "thẻ căn cước công dân" wins over "căn cước".
      phrases: foldAll(paper.phrases).sort((a, b) => b.length - a.length),
      companions: foldAll(paper.companions),
      requiresAny: foldAll(paper.requiresAny),
      exclusions: [...paper.exclusions, ...knowledge.commonExclusions.filter((e) => !paper.ignoresCommon.includes(e.id))].map(
        (exclusion) => ({ exclusion, phrases: foldAll(exclusion.phrases) }),
      ),
      subjectOfProcedure: foldAll(paper.subjectOfProcedure),
    })),
    systems: knowledge.systems.map((s) => ({ short: s.short, phrases: foldAll(s.phrases) })),
  };
}

const compiled = new WeakMap<Knowledge, CompiledKnowledge>();
function compiledFor(knowledge: Knowledge): CompiledKnowledge {
  let c = compiled.get(knowledge);
  if (!c) {
    c = compile(knowledge);
    compiled.set(knowledge, c);
  }
  return c;
}

// An item is cut into the papers it names: at ; : ( ) "+" "/" between words,
// sentence ends, commas, "hoặc", and "và"/"kèm theo" before another paper.
const PAPER_WORD = '(?:ban|giay|so|the|van ban|hop dong|quyet dinh|don|to khai|phieu|anh|ho chieu|trich luc|chung nhan|chung chi)\\b';
const CLAUSE_SPLIT = new RegExp(
  `[;:()\\[\\]]|\\s\\+\\s*|(?<=\\p{L})\\s*/\\s*(?=\\p{L})|\\.\\s+|,\\s*|\\s(?:hoac|hay)\\s|\\s(?:va|kem theo|kem|cung voi)\\s(?=${PAPER_WORD})`,
  'u',
);

// Words in front of a paper's name that say which copy or how it is given.
const QUALIFIER =
  /^(?:va|hoac|hay|kem theo|kem|cung voi|gom co|gom|bao gom|la|nhu|cu the|mot trong (?:cac|nhung)(?: loai)?(?: giay to)?(?: sau(?: day)?)?|(?:cac|nhung)(?: loai)? giay to sau(?: day)?|xuat trinh|nop|cung cap|tai len|bo sung|phai co|0?\d{1,2}|mot|hai|ban (?:sao|chup|chinh|goc|dien tu|photo|dich)|(?:co|duoc) chung thuc(?: tu ban chinh)?|chung thuc|hop le|dien tu|(?:duoc )?cap tu so goc|tu so goc|kem (?:theo )?ban chinh(?: de doi chieu)?|de doi chieu|co gia tri phap ly|cua|cac|nhung|loai|sau day|sau)(?:\s+|$)/;

// Clause openings that only qualify what came before ("còn giá trị sử dụng", "do … cấp", "(nếu có)").
const CONTINUATION =
  /^(?:neu co|neu|khi|do|de|con|theo|sau day|trong do|da|duoc|tai|o|voi|cho|co|thuoc|tru|hien|dang|tuong duong|tuong ung|goi tat|ap dung|dan|ghi ro|xin vui long|vui long|luu y|ke ca|ca)\b/;
const CONDITION = /^(?:trong truong hop|truong hop|doi voi)\b/;
const CONDITION_DEMANDS = /\bthi (?:phai |)(?:nop|co|kem|xuat trinh|bo sung|cung cap)\b/;

const startsWithPhrase = (head: string, phrases: readonly string[]) => phrases.some((p) => head === p || head.startsWith(`${p} `));

type ClauseKind = { kind: 'held'; paper: CompiledPaper } | { kind: 'neutral' } | { kind: 'other'; head: string };

function classifyClause(head: string, knowledge: CompiledKnowledge, padded: string): ClauseKind {
  if (!head || CONTINUATION.test(head)) return { kind: 'neutral' };
  if (CONDITION.test(head)) return CONDITION_DEMANDS.test(head) ? { kind: 'other', head } : { kind: 'neutral' };
  for (const paper of knowledge.papers) {
    if (!startsWithPhrase(head, paper.phrases)) continue;
    if (paper.requiresAny.length && !paper.requiresAny.some((r) => hasFoldedPhrase(padded, r))) continue;
    return { kind: 'held', paper };
  }
  return { kind: 'other', head };
}

/** The state system an item names (for "Thông tin … được khai thác trong …"), else null. */
export function namedStateSystem(text: string, knowledge: Knowledge = HELD_PAPERS): string | null {
  const padded = ` ${fold(text)} `;
  for (const system of compiledFor(knowledge).systems) {
    if (system.phrases.some((p) => hasFoldedPhrase(padded, p))) return system.short;
  }
  return null;
}

/** The first legal text an item cites ("Nghị định 154/2024/NĐ-CP"), to quote as its basis. */
function citedLegalText(text: string): string | null {
  const m = /\b(Luật [^,;.()]{3,40}?|Nghị định(?: số)?|Thông tư(?: số)?|Quyết định(?: số)?)\s*(\d+\/\d{4}\/[A-ZĐ-]+)/u.exec(cleanText(text));
  if (!m?.[2]) return null;
  const kind = (m[1] ?? '').replace(/ số$/, '');
  return `${kind} ${m[2]}`;
}

/**
 * Matches an item against what the state holds. Null when no part of the item
 * names a held paper; otherwise the paper with why it may still be needed.
 */
export function matchHeldPaper(input: MatchInput, knowledge: Knowledge = HELD_PAPERS): HeldPaperMatch | null {
  const c = compiledFor(knowledge);
  const padded = ` ${fold(input.name)} `;
  // Most rows name no held paper at all: skip the clause analysis for them.
  if (!c.papers.some((p) => p.phrases.some((phrase) => hasFoldedPhrase(padded, phrase)))) return null;
  const light = stripDiacritics(cleanText(input.name)).toLowerCase();
  const hits = new Map<CompiledPaper, number>();
  const others: string[] = [];
  let first = true;
  for (const raw of light.split(CLAUSE_SPLIT)) {
    const clause = classifyClause(stripPrefixes(fold(raw ?? ''), QUALIFIER), c, padded);
    // Information the procedure says is exploited must be what the item is about: its opening.
    if (clause.kind === 'held' && (first || clause.paper.requiresAny.length === 0)) hits.set(clause.paper, (hits.get(clause.paper) ?? 0) + 1);
    else if (clause.kind !== 'neutral') others.push(clause.kind === 'other' ? clause.head : '');
    if (clause.kind !== 'neutral') first = false;
  }
  const [best] = [...hits.entries()].sort((a, b) => b[1] - a[1] || c.papers.indexOf(a[0]) - c.papers.indexOf(b[0]));
  if (!best) return null;
  const paper = best[0];
  const context = ` ${fold(`${input.group ?? ''} ${input.name}`)} `;
  const procedure = ` ${fold(input.procedureName ?? '')} `;
  const found = paper.exclusions.find((e) =>
    e.phrases.some((p) => hasFoldedPhrase(context, p) || (e.exclusion.inProcedureName && hasFoldedPhrase(procedure, p))),
  );
  const fromText = paper.requiresAny.length > 0;
  const cited = fromText ? citedLegalText(input.name) : null;
  return {
    paper: paper.paper,
    heldBy: fromText ? (namedStateSystem(input.name, knowledge) ?? paper.paper.heldBy) : paper.paper.heldBy,
    legalBasis: cited ? `${paper.paper.legalBasis}; ${cited}` : paper.paper.legalBasis,
    exclusion: found?.exclusion ?? null,
    // Alternatives such as "hộ chiếu" beside "thẻ căn cước" are fine; any other paper is not held.
    // Information the procedure says is exploited is judged on its opening alone.
    partial: !fromText && others.some((head) => !startsWithPhrase(head, paper.companions)),
    subjectOfProcedure: paper.subjectOfProcedure.some((p) => hasFoldedPhrase(procedure, p)),
  };
}
