import { cleanText, fold, hasFoldedPhrase, stripDiacritics, stripPrefixes } from '@/lib/text';
import { activeKnowledge } from './active';
import type { Exclusion, HeldPaper, Knowledge } from './schema';

export interface HeldPaperMatch {
  paper: HeldPaper;
  /** Where it is held; for information the procedure says is exploited, the system it names. */
  heldBy: string;
  legalBasis: string;
  /** The first exclusion found in the item or its case title, if any. */
  exclusion: Exclusion | null;
  /** The exclusion is written in the item itself (not only in its case title or the procedure's name). */
  exclusionInItem: boolean;
  /** Some part of the item names a paper the state does not hold. */
  partial: boolean;
  /** Some part of the item names, by a paper's word ("sơ yếu lý lịch", "bản sao văn bằng"), another paper the state does not hold. */
  otherPapers: boolean;
  /** The item lists alternatives ("một trong các giấy tờ", "hoặc", "/"): one of them is enough. */
  alternatives: boolean;
  /** The item's condition is only "when the agency cannot retrieve the data" (Điều 8). */
  fallback: boolean;
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
  /** Each folded phrase as the knowledge writes it, with its diacritics. */
  written: Map<string, string>;
  companions: string[];
  requiresAny: string[];
  exclusions: { exclusion: Exclusion; phrases: string[] }[];
  subjectOfProcedure: string[];
}

interface CompiledKnowledge {
  papers: CompiledPaper[];
  commonExclusions: { exclusion: Exclusion; phrases: string[] }[];
  systems: { short: string; phrases: string[] }[];
  fallback: RegExp;
}

const foldAll = (phrases: readonly string[]) => phrases.map(fold).filter(Boolean);

function compile(knowledge: Knowledge): CompiledKnowledge {
  return {
    papers: knowledge.papers.map((paper) => ({
      paper,
      // Longest first, so "thẻ căn cước công dân" wins over "căn cước".
      phrases: foldAll(paper.phrases).sort((a, b) => b.length - a.length),
      written: new Map(paper.phrases.map((p) => [fold(p), p])),
      companions: foldAll(paper.companions),
      requiresAny: foldAll(paper.requiresAny),
      exclusions: [...paper.exclusions, ...knowledge.commonExclusions.filter((e) => !paper.ignoresCommon.includes(e.id))].map(
        (exclusion) => ({
          exclusion,
          phrases: exclusion.beforePaper
            ? foldAll(exclusion.phrases.flatMap((opener) => paper.phrases.map((name) => `${opener} ${name}`)))
            : foldAll(exclusion.phrases),
        }),
      ),
      subjectOfProcedure: foldAll(paper.subjectOfProcedure),
    })),
    commonExclusions: knowledge.commonExclusions.filter((e) => !e.beforePaper).map((exclusion) => ({ exclusion, phrases: foldAll(exclusion.phrases) })),
    systems: knowledge.databases.map((s) => ({ short: s.short, phrases: foldAll(s.phrases) })),
    // The fallback must be the condition: "trường hợp / nếu / khi (cơ quan) không khai thác được …".
    fallback: new RegExp(`\\b(?:truong hop|neu|khi)\\b[^.;:]{0,80}?\\b(?:${foldAll(knowledge.fallback.phrases).join('|')})\\b`),
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
  /^(?:va|hoac|hay|kem theo|kem|cung voi|gom co|gom|bao gom|la|nhu|cu the|mot trong (?:cac|nhung)(?: loai)?(?: giay to)?(?: sau(?: day)?)?|(?:cac|nhung)(?: loai)? giay to sau(?: day)?|xuat trinh|nop|cung cap|tai len|bo sung|phai co|0?\d{1,2}|mot|hai|ban (?:sao|chup|chinh|goc|dien tu|photo|dich)|du lieu dien tu|du lieu|thong tin ve|(?:co|duoc) chung thuc(?: tu ban chinh)?|chung thuc|hop le|dien tu|(?:duoc )?cap tu so goc|tu so goc|kem (?:theo )?ban chinh(?: de doi chieu)?|de doi chieu|co gia tri phap ly|cua|cac|nhung|loai|sau day|sau)(?:\s+|$)/;

// Clause openings that only qualify what came before ("còn giá trị sử dụng", "do … cấp", "(nếu có)").
const CONTINUATION =
  /^(?:neu co|neu|khi|do|de|con|theo|sau day|trong do|da|duoc|tai|o|voi|cho|co|thuoc|tru|hien|dang|tuong duong|tuong ung|goi tat|ap dung|dan|ghi ro|xin vui long|vui long|luu y|ke ca|ca|doi chieu|kiem tra|sao y|dong dau)\b/;
const CONDITION = /^(?:trong truong hop|truong hop|doi voi)\b/;
const CONDITION_DEMANDS = /\bthi (?:phai |)(?:nop|co|kem|xuat trinh|bo sung|cung cap)\b/;

const OPENS_ON_PAPER = new RegExp(`^${PAPER_WORD}`);

// Alternatives: "một trong các giấy tờ", "hoặc", "hay", "/" between words; "và", "kèm theo", "+" before another paper make a list that needs all.
const ONE_OF = /\bmot trong (?:cac|nhung|hai|ba|so)\b|\bmot hoac (?:mot so|cac)\b/;
const OR = /\s(?:hoac|hay)\s|(?<=\p{L})\s*\/\s*(?=\p{L})/u;
const AND = new RegExp(`\\s(?:va|kem theo|kem|cung voi)\\s(?=${PAPER_WORD})|\\s\\+\\s*(?=${PAPER_WORD})`);

// Parts of an item that list papers needed together: "A; B", "A. B", "- A - B", "+ A + B".
const SEGMENT_SPLIT = /;|\.\s+|\n|\s[-+•]\s/;

/** Whether one part of an item (diacritics stripped) offers alternatives, one of which is enough. */
const isAlternativeList = (light: string) => ONE_OF.test(light) || (OR.test(light) && !AND.test(light));

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

const DEMANDED = /\bthi (?:phai |)(?:nop|xuat trinh|bo sung|cung cap)\s+/;
const OWN_CONDITION = /(?:^|\s)(?:neu|doi voi|trong truong hop|truong hop)\b/;

/** A held paper an item asks for by name, as one of its parts: what Phụ lục I/II rows are matched against. */
export interface AskedPaper {
  paper: HeldPaper;
  /** The paper's name as the knowledge writes it ("Giấy chứng nhận đăng ký doanh nghiệp"). */
  written: string;
  /** Exclusions written in the item itself (a translation, a photo, a paper issued abroad…). */
  exclusions: string[];
}

/**
 * Every held paper some part of an item opens with ("Bản sao: Giấy chứng nhận
 * đăng ký doanh nghiệp, Giấy phép kinh doanh" → the business registration),
 * not only the one `matchHeldPaper` decides on. Papers named inside a
 * condition ("trường hợp không có …") or a longer name ("Giấy đề nghị đăng ký
 * doanh nghiệp") are not asked for.
 */
export function papersAsked(name: string, knowledge: Knowledge = activeKnowledge()): AskedPaper[] {
  const c = compiledFor(knowledge);
  const padded = ` ${fold(name)} `;
  if (!c.papers.some((p) => p.phrases.some((phrase) => hasFoldedPhrase(padded, phrase)))) return [];
  const heads = stripDiacritics(cleanText(name))
    .toLowerCase()
    .split(CLAUSE_SPLIT)
    .map((raw) => stripPrefixes(fold(raw ?? ''), QUALIFIER))
    // "Trường hợp … đã chết thì phải nộp bản sao Giấy chứng tử": the paper the condition demands.
    .map((head) => {
      const demanded = DEMANDED.exec(head);
      return demanded ? stripPrefixes(head.slice(demanded.index + demanded[0].length), QUALIFIER) : head;
    });
  const kinds = heads.map((head) => classifyClause(head, c, padded));
  const found: AskedPaper[] = [];
  kinds.forEach((clause, at) => {
    if (clause.kind !== 'held' || clause.paper.requiresAny.length || found.some((f) => f.paper === clause.paper.paper)) return;
    const { paper } = clause;
    const head = heads[at] ?? '';
    const phrase = paper.phrases.find((p) => head === p || head.startsWith(`${p} `)) ?? '';
    // What qualifies this paper: its clause and what follows it up to another paper, or up to its own condition
    // ("… thẻ căn cước công dân (nếu là người Việt Nam) hoặc hộ chiếu (nếu là người nước ngoài)").
    const span = [head];
    for (let next = at + 1; next < kinds.length; next++) {
      const kind = kinds[next];
      const text = heads[next] ?? '';
      if (kind?.kind === 'held' || (kind?.kind === 'other' && !startsWithPhrase(text, paper.companions))) break;
      // An alternative with its own condition ("giấy chứng nhận đăng ký đầu tư đối với nhà đầu tư nước ngoài") qualifies only itself.
      if (kind?.kind === 'other' && OWN_CONDITION.test(text)) break;
      span.push(text);
      if (OWN_CONDITION.test(text) && kind?.kind === 'neutral') break;
    }
    const own = ` ${span.join(' ')} `;
    found.push({
      paper: paper.paper,
      written: paper.written.get(phrase) ?? phrase,
      exclusions: paper.exclusions.filter((e) => e.phrases.some((p) => hasFoldedPhrase(own, p))).map((e) => e.exclusion.id),
    });
  });
  return found;
}

/** The state system an item names (for "Thông tin … được khai thác trong …"), else null. */
export function namedStateSystem(text: string, knowledge: Knowledge = activeKnowledge()): string | null {
  const padded = ` ${fold(text)} `;
  for (const system of compiledFor(knowledge).systems) {
    if (system.phrases.some((p) => hasFoldedPhrase(padded, p))) return system.short;
  }
  return null;
}

/**
 * The database a paper of no Điều 4 kind is asked for as a fallback from, when
 * the row's condition, near its opening, is only "when the agency cannot
 * retrieve it from <database>" (Điều 8); else null. Long rows that end on the
 * resolution's general reminder are not such a condition.
 */
export function fallbackDatabase(input: MatchInput, knowledge: Knowledge = activeKnowledge()): string | null {
  const folded = fold(input.name);
  const c = compiledFor(knowledge);
  const found = c.fallback.exec(folded);
  if (!found || found.index > 200 || /\bban goc\b/.test(folded)) return null;
  // Abroad, foreigners (Điều 2.3), translations: the common exclusions still hold.
  const context = ` ${fold(`${input.group ?? ''} ${input.name}`)} `;
  const procedure = ` ${fold(input.procedureName ?? '')} `;
  const excluded = c.commonExclusions.some((e) =>
    e.phrases.some((p) => hasFoldedPhrase(context, p) || (e.exclusion.inProcedureName && hasFoldedPhrase(procedure, p))),
  );
  if (excluded) return null;
  return namedStateSystem(folded.slice(found.index, found.index + 200), knowledge);
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
export function matchHeldPaper(input: MatchInput, knowledge: Knowledge = activeKnowledge()): HeldPaperMatch | null {
  const c = compiledFor(knowledge);
  const padded = ` ${fold(input.name)} `;
  // Most rows name no held paper at all: skip the clause analysis for them.
  if (!c.papers.some((p) => p.phrases.some((phrase) => hasFoldedPhrase(padded, phrase)))) return null;
  const light = stripDiacritics(cleanText(input.name)).toLowerCase();
  const hits = new Map<CompiledPaper, number>();
  const segments: { text: string; held: boolean; others: string[]; opening: string | null }[] = [];
  let first = true;
  for (const text of light.split(SEGMENT_SPLIT)) {
    // `opening`: the head of the segment's first clause when it names a paper the state does not hold.
    const segment = { text, held: false, others: [] as string[], opening: null as string | null };
    segments.push(segment);
    for (const raw of text.split(CLAUSE_SPLIT)) {
      const clause = classifyClause(stripPrefixes(fold(raw ?? ''), QUALIFIER), c, padded);
      // Information the procedure says is exploited must be what the item is about: its opening.
      if (clause.kind === 'held' && (first || clause.paper.requiresAny.length === 0)) {
        hits.set(clause.paper, (hits.get(clause.paper) ?? 0) + 1);
        segment.held = true;
      } else if (clause.kind !== 'neutral') {
        const head = clause.kind === 'other' ? clause.head : '';
        if (!segment.held && segment.others.length === 0) segment.opening = head;
        segment.others.push(head);
      }
      if (clause.kind !== 'neutral') first = false;
    }
  }
  const [best] = [...hits.entries()].sort((a, b) => b[1] - a[1] || c.papers.indexOf(a[0]) - c.papers.indexOf(b[0]));
  if (!best) return null;
  const paper = best[0];
  const context = ` ${fold(`${input.group ?? ''} ${input.name}`)} `;
  const procedure = ` ${fold(input.procedureName ?? '')} `;
  const found = paper.exclusions.find((e) =>
    e.phrases.some((p) => hasFoldedPhrase(context, p) || (e.exclusion.inProcedureName && hasFoldedPhrase(procedure, p))),
  );
  const own = ` ${fold(input.name)} `;
  const notHeld = (segment: { others: string[] }) => segment.others.filter((head) => !startsWithPhrase(head, best[0].companions));
  // Every part naming other papers must offer the held one as an alternative ("một trong …", "A hoặc B", "A/B").
  const wholeRowOneOf = ONE_OF.test(light.slice(0, 80));
  // A part that opens on another paper ("Danh sách …, số định danh cá nhân hoặc số hộ chiếu") is not a choice among papers.
  const offersHeld = (seg: (typeof segments)[number]) =>
    seg.held && isAlternativeList(seg.text) && (ONE_OF.test(seg.text) || seg.opening === null || startsWithPhrase(seg.opening, best[0].companions));
  const alternatives = segments.every((seg) => notHeld(seg).length === 0 || wholeRowOneOf || offersHeld(seg));
  const fromText = paper.requiresAny.length > 0;
  const cited = fromText ? citedLegalText(input.name) : null;
  return {
    paper: paper.paper,
    heldBy: fromText ? (namedStateSystem(input.name, knowledge) ?? paper.paper.heldBy) : paper.paper.heldBy,
    legalBasis: cited ? `${paper.paper.legalBasis}; ${cited}` : paper.paper.legalBasis,
    exclusion: found?.exclusion ?? null,
    exclusionInItem: found ? found.phrases.some((p) => hasFoldedPhrase(own, p)) : false,
    alternatives,
    fallback: c.fallback.test(context),
    // Alternatives such as "hộ chiếu" beside "thẻ căn cước" are fine; any other paper is not held.
    // Information the procedure says is exploited is judged on its opening alone.
    partial: !fromText && segments.some((seg) => notHeld(seg).length > 0),
    otherPapers: segments.some((seg) => notHeld(seg).some((head) => OPENS_ON_PAPER.test(head))),
    subjectOfProcedure: paper.subjectOfProcedure.some((p) => hasFoldedPhrase(procedure, p)),
  };
}
