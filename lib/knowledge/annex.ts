import { z } from 'zod/mini';
import { fold, hasFoldedPhrase } from '@/lib/text';
import { activeKnowledge } from './active';
import type { Knowledge } from './schema';

/** One row of Phụ lục I or II of NQ 66.7/2025/NQ-CP as ../shared/data/nq-66.7-2025/annex-*.jsonl holds it. */
export const AnnexRow = z.looseObject({
  no: z.int().check(z.positive()),
  code: z.string().check(z.minLength(1)),
  procedure: z.string(),
  paper: z.string().check(z.minLength(1)),
  database: z.string(),
  article: z._default(z.string(), ''),
  legalDocument: z._default(z.string(), ''),
});
export type AnnexRow = z.infer<typeof AnnexRow>;

const Id = z.string().check(z.regex(/^[a-z][a-z0-9-]*$/));

/** What one annex row says of one procedure: these papers (knowledge ids) are replaced (I) or cut (II). */
export const AnnexEntry = z.object({
  annex: z.enum(['I', 'II']),
  no: z.int().check(z.positive()),
  papers: z.array(Id).check(z.minLength(1)),
  /** The paper as the row words it ("Giấy tờ chứng minh có địa điểm hợp pháp … (Giấy chứng nhận quyền sử dụng đất)"), to find the dossier row it means. */
  wording: z.string().check(z.minLength(1), z.maxLength(2000)),
  /** The databases the row names, normalised to knowledge database ids. */
  databases: z.array(Id),
});
export type AnnexEntry = z.infer<typeof AnnexEntry>;

/** The annexes as a per-procedure-code index: the build step writes it, the checklist engine reads it. */
export const AnnexIndex = z.object({
  /** The resolution the annexes belong to, and when it is in force. */
  source: z.string().check(z.minLength(5)),
  validFrom: z.iso.date(),
  validUntil: z.nullable(z.iso.date()),
  procedures: z.record(z.string().check(z.minLength(1)), z.array(AnnexEntry).check(z.minLength(1))),
});
export type AnnexIndex = z.infer<typeof AnnexIndex>;

/**
 * The procedure code as the portal writes it. A few annex codes lost their
 * trailing zeros on the way through a spreadsheet ("1.01417" for "1.014170"):
 * codes are always six digits after the dot.
 */
export function procedureCode(code: string): string {
  const trimmed = code.trim();
  const m = /^(\d+)\.(\d{1,5})$/.exec(trimmed);
  return m ? `${m[1]}.${(m[2] ?? '').padEnd(6, '0')}` : trimmed;
}

interface NamingPaper {
  id: string;
  /** Folded names, longest first. */
  names: string[];
  /** Folded "chưa được cấp <name>", "không có <name>"…: the paper named as lacking, which names no paper to give. */
  lacking: string[];
}

const naming = new WeakMap<Knowledge, NamingPaper[]>();
function namingPapers(knowledge: Knowledge): NamingPaper[] {
  let papers = naming.get(knowledge);
  if (!papers) {
    const openers = knowledge.commonExclusions.filter((e) => e.beforePaper).flatMap((e) => e.phrases.map(fold));
    papers = knowledge.papers
      .filter((p) => p.requiresAny.length === 0)
      .map((p) => {
        const names = p.phrases.map(fold).sort((a, b) => b.length - a.length);
        return { id: p.id, names, lacking: openers.flatMap((opener) => names.map((name) => `${opener} ${name}`)) };
      });
    naming.set(knowledge, papers);
  }
  return papers;
}

/**
 * The held papers (knowledge ids) a text names anywhere: "Giấy tờ chứng minh …
 * (Giấy khai sinh; giấy đăng ký kết hôn)". A paper named only as lacking
 * ("… người chưa đủ 14 tuổi chưa được cấp mã số định danh cá nhân") is not named.
 */
export function papersNamed(text: string, knowledge: Knowledge = activeKnowledge()): string[] {
  const padded = ` ${fold(text)} `;
  return namingPapers(knowledge)
    .filter(({ names, lacking }) => {
      let rest = padded;
      for (const phrase of lacking) if (rest.includes(` ${phrase} `)) rest = rest.replaceAll(` ${phrase} `, '  ');
      return names.some((name) => hasFoldedPhrase(rest, name));
    })
    .map((p) => p.id);
}

/** The databases a text names, by knowledge id ("CSDL hộ tịch; CSDL dân cư" → ho-tich, dan-cu). */
function databasesNamed(text: string, knowledge: Knowledge): string[] {
  const padded = ` ${fold(text)} `;
  const found = knowledge.databases.filter((d) => d.id !== 'khac' && d.phrases.some((phrase) => hasFoldedPhrase(padded, fold(phrase))));
  return found.length ? found.map((d) => d.id) : ['khac'];
}

/**
 * Turns Phụ lục I (papers replaced by data) and Phụ lục II (papers cut) into
 * the per-code index; `unread` lists the rows naming no paper the knowledge
 * knows, so a test can show them.
 */
export function buildAnnexIndex(
  annex1: readonly AnnexRow[],
  annex2: readonly AnnexRow[],
  knowledge: Knowledge = activeKnowledge(),
): { index: AnnexIndex; unread: { annex: 'I' | 'II'; row: AnnexRow }[] } {
  const procedures: Record<string, AnnexEntry[]> = {};
  const unread: { annex: 'I' | 'II'; row: AnnexRow }[] = [];
  const add = (annex: 'I' | 'II', row: AnnexRow) => {
    const papers = papersNamed(row.paper, knowledge);
    if (!papers.length) {
      unread.push({ annex, row });
      return;
    }
    const code = procedureCode(row.code);
    const entry = { annex, no: row.no, papers, wording: row.paper.trim().slice(0, 2000), databases: databasesNamed(row.database, knowledge) };
    procedures[code] = [...(procedures[code] ?? []), entry];
  };
  for (const row of annex1) add('I', row);
  for (const row of annex2) add('II', row);
  const { citation, validFrom, validUntil } = knowledge.resolution;
  const index = AnnexIndex.parse({ source: citation, validFrom, validUntil, procedures });
  return { index, unread };
}
