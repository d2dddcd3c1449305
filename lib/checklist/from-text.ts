import type { AnnexEntry } from '@/lib/knowledge';
import { fold, shorten, toNfc } from '@/lib/text';
import { buildChecklist, type ChecklistResult, type RawRow } from './build';
import { type Counts, countsFromWording, parseCountCell } from './counts';
import { FORM_FILE_EXTENSION } from './form';
import type { ProcedureRef } from './schema';

/** The table header as the crawler flattened it: cells run together, no separator. */
const RUN_TOGETHER_HEADER = /Tên giấy tờ ?Mẫu đơn, tờ khai ?Số lượng/u;

/** "1 bản chính", "1 bản chính,1 bản sao", "0 bản chính,2 bản sao", "1 bản sao" closing a flattened row. */
const ROW_COUNT = /(\d+) bản (chính|sao)(?:, ?(\d+) bản (chính|sao))?/gu;

/**
 * A count closes a row only when the next row (or the end) follows at once:
 * "…lập.1 bản chính- Văn bản…". A count inside a sentence is followed by a
 * space or punctuation ("nộp 02 bản chính tờ khai", "(01 bản chính)").
 */
function closesRow(text: string, end: number): boolean {
  const next = text.charAt(end);
  if (next === '') return true;
  if (/[\s,;:.)\]]/u.test(next)) return false;
  if (/\p{Ll}/u.test(next)) return /^\p{Ll}[).]/u.test(text.slice(end, end + 2));
  return true;
}

function countOf(m: RegExpExecArray): Counts {
  const counts: Counts = { original: 0, copies: 0 };
  // The number runs into the name before it ("năm 20201 bản chính"): a row count is one digit.
  const first = Number((m[1] ?? '0').slice(-1));
  if (m[2] === 'chính') counts.original = first;
  else counts.copies = first;
  if (m[3] !== undefined) {
    if (m[4] === 'chính') counts.original = Number(m[3]);
    else counts.copies = Number(m[3]);
  }
  return counts;
}

// Template file names run onto the paper's name ("…(mẫu NA17)101-Mau A17 tam tru.doc",
// "…NĐ-CPMau04.docx", "…trắng.mau so 12.doc", "…);mẫu 02 (5).docx"). After the last
// ";" or ": ", the file starts, best clue first, at: a usual file-name opening glued to a
// letter or punctuation; a letter or digit right after ". ; : , )"; a capital or digit
// glued to a lower-case letter; the break itself; else the last space. Right on 93 % of
// the rows whose real file names portal-api.jsonl gives.
const FILE_OPENING =
  /(?<=[\p{L}.;:,)\]])(?:\d{1,3}(?:\.\d{1,2})*[.-]\s?)?(?:Mẫu|mẫu|MẪU|Mau|MAU|mau|Mu(?=\d|s\d| số|\s?\()|Phụ lục|Phụ Lục|PHỤ LỤC|Phu luc|Phuluc|Phlc|PL(?=[\s\dIVX])|Tờ khai|To khai|TK(?=\d|\s)|Đơn|Don|Phiếu|Phieu|Biểu mẫu|Bieu mau)/gu;
const GLUED_CAPITAL = /(?<=\p{Ll})(?=[\p{Lu}\d])/gu;
const AFTER_PUNCTUATION = /(?<=[.;:,)])(?=[\p{L}\d])/gu;
const FILE_END = /\.(?:docx|xlsx|DOCX|XLSX)|\.(?:doc|xls|pdf|odt|rtf|zip|rar|DOC|XLS|PDF)(?![a-z])/gu;

function firstIndex(pattern: RegExp, text: string, from: number): number {
  for (const m of text.matchAll(pattern)) if ((m.index ?? 0) >= from) return m.index ?? 0;
  return -1;
}

/** Splits a flattened row into the paper's name and the template files run onto its end. */
export function splitFormFiles(row: string): { name: string; files: string[] } {
  const ends = [...row.matchAll(FILE_END)].map((m) => (m.index ?? 0) + m[0].length);
  const last = ends.at(-1);
  if (last === undefined || row.slice(last).trim() !== '') return { name: row, files: [] };
  const head = row.slice(0, Math.max(0, (ends[0] ?? last) - 4));
  const floor = Math.max(head.lastIndexOf(';') + 1, head.lastIndexOf(': ') + 2, 1);
  const candidates = [
    firstIndex(FILE_OPENING, head, floor),
    firstIndex(AFTER_PUNCTUATION, head, floor),
    firstIndex(GLUED_CAPITAL, head, floor),
    floor > 1 && /\S/.test(head.charAt(floor)) && !/\s/.test(head.charAt(floor - 1)) ? floor : -1,
    head.lastIndexOf(' ') + 1,
  ];
  const start = candidates.find((c) => c > 0) ?? -1;
  if (start <= 0) return { name: row, files: [] };
  const files: string[] = [];
  let from = start;
  for (const end of ends) {
    files.push(row.slice(from, end).trim());
    from = end;
  }
  return { name: row.slice(0, start), files };
}

function parseRunTogether(text: string, procedure: ProcedureRef | null, annex: readonly AnnexEntry[]): ChecklistResult {
  const parts = text.split(RUN_TOGETHER_HEADER);
  const rows: RawRow[] = [];
  const unread: string[] = [];
  let title: string | null = parts[0] ?? null;
  for (let i = 1; i < parts.length; i++) {
    const segment = parts[i] ?? '';
    let from = 0;
    for (const m of segment.matchAll(ROW_COUNT)) {
      const end = (m.index ?? 0) + m[0].length;
      if (!closesRow(segment, end)) continue;
      const { name, files } = splitFormFiles(segment.slice(from, m.index));
      rows.push({ group: title, name, counts: countOf(m), forms: files });
      from = end;
    }
    const rest = segment.slice(from).trim();
    if (i < parts.length - 1) {
      title = rest;
    } else if (rest) {
      const { name, files } = splitFormFiles(rest);
      rows.push({ group: title, name, counts: null, forms: files });
      unread.push(`Dòng cuối không có số lượng, có thể bị cắt: “${shorten(rest)}”.`);
    }
  }
  return buildChecklist(procedure, rows, unread, annex);
}

// Lines that only name the section or its header ("Thành phần hồ sơ", "Bao gồm", "Tên giấy tờ | … | Số lượng").
const GENERIC_HEADING =
  /^(thanh phan ho so|thanh phan|bao gom|ho so gom|ho so bao gom|ho so de nghi gom|giay to gom|gom|thanh phan ho so bao gom|thanh phan ho so gom|danh muc giay to|ten giay to)( co)?$/;
const TABLE_HEADER = /^ten giay to\b.*\bso luong\b/;
const LIST_MARKER = /^\s*(?:[-–—+*•·▪●◦○■□➢➤>✓]|\(?\d{1,2}(?:\.\d{1,2}){0,3}[.)/]|\(?[a-zđ]\)|\(?(?:i{1,3}|iv|v|vi{1,3}|ix|x)\))/u;
const STEP_LINE = /^bước \d+/iu;
const TRAILING_COUNT =
  /[\s:,(–-]*((?:0?\d{1,2}|một|hai|ba) bản (?:chính|gốc|sao|chụp)(?:\s*(?:,|và|\+)\s*(?:0?\d{1,2}|một|hai|ba) bản (?:chính|gốc|sao|chụp))*)\)?[.;]?$/iu;

const WORD_NUMBERS: Record<string, string> = { một: '1', hai: '2', ba: '3' };

function trailingCount(line: string): { rest: string; counts: Counts } | null {
  const m = TRAILING_COUNT.exec(line);
  if (!m?.[1] || m.index === 0) return null;
  const counts = countsFromWording(m[1].replace(/một|hai|ba/giu, (w) => WORD_NUMBERS[w.toLowerCase()] ?? w));
  return counts.original === null && counts.copies === null ? null : { rest: line.slice(0, m.index), counts };
}

/** Provincial pages, Word exports and Markdown renderings: one row per line, cells split by "|" or tabs. */
function parseLines(text: string, procedure: ProcedureRef | null, annex: readonly AnnexEntry[]): ChecklistResult {
  const rows: RawRow[] = [];
  const unread: string[] = [];
  let group: string | null = null;
  let steps = 0;
  let previous: RawRow | null = null;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (!line || /^[|\s-]*$/.test(line) || /^\|?\s*:?-{3,}/.test(line)) continue;
    const cells = /[|\t]/.test(line)
      ? line
          .split(/\s*[|\t]\s*/)
          .map((c) => c.trim())
          .filter((c, i, all) => c !== '' || (i > 0 && i < all.length - 1))
      : [line];
    const first = cells[0] ?? '';
    const folded = fold(first);
    if (TABLE_HEADER.test(fold(cells.join(' ')))) {
      previous = null;
      continue;
    }
    if (STEP_LINE.test(first)) {
      steps++;
      continue;
    }
    if (GENERIC_HEADING.test(folded.replace(/ sau day$| sau$/, ''))) {
      group = null;
      previous = null;
      continue;
    }
    let counts: Counts | null = null;
    const forms: string[] = [];
    let name = first;
    for (const cell of cells.slice(1)) {
      const c = parseCountCell(cell);
      if (c && !counts) counts = c;
      else if (cell && FORM_FILE_EXTENSION.test(cell)) forms.push(cell);
    }
    if (!counts && cells.length === 1) {
      const trailing = trailingCount(first);
      if (trailing) {
        counts = trailing.counts;
        name = trailing.rest;
      }
    }
    const isHeading = !counts && cells.length === 1 && /:$/.test(first) && first.length <= 300;
    if (isHeading) {
      group = first;
      previous = null;
      continue;
    }
    const continues =
      previous !== null && cells.length === 1 && !counts && !LIST_MARKER.test(first) && /^\p{Ll}/u.test(first) && !/[.;:]$/.test(previous.name.trim());
    if (continues && previous) {
      previous.name = `${previous.name} ${first}`;
      continue;
    }
    const row: RawRow = { group, name, counts, forms };
    rows.push(row);
    previous = row;
  }
  if (steps) unread.push(`Bỏ qua ${steps} dòng “Bước …”: đó là trình tự thực hiện, không phải thành phần hồ sơ.`);
  const last = rows.at(-1);
  if (last && !last.counts && /[\p{L}\d,]$/u.test(last.name.trim()) && !/[.;:)]$/.test(last.name.trim())) {
    unread.push(`Dòng cuối có vẻ bị cắt: “${shorten(last.name)}”.`);
  }
  return buildChecklist(procedure, rows, unread, annex);
}

/**
 * Checklist from the text of a "Thành phần hồ sơ" section: the `dossier` field
 * of procedures.jsonl (table cells run together), or text with line breaks as
 * provincial portals, Word exports and Markdown renderings show it.
 */
export function checklistFromText(text: string, procedure: ProcedureRef | null = null, annex: readonly AnnexEntry[] = []): ChecklistResult {
  const clean = toNfc(typeof text === 'string' ? text : '');
  if (!clean.trim() || /^[-\s]*$/.test(clean)) {
    return buildChecklist(procedure, [], ['Không có nội dung thành phần hồ sơ.']);
  }
  const result = RUN_TOGETHER_HEADER.test(clean) ? parseRunTogether(clean, procedure, annex) : parseLines(clean, procedure, annex);
  if (/^[\s);,.]/u.test(clean) || /^\p{Ll}/u.test(clean.trimStart())) {
    result.unread.unshift('Văn bản bắt đầu giữa câu: phần đầu bị cắt hoặc đặt nhầm.');
  }
  return result;
}

