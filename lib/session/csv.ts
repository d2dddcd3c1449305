import { z } from 'zod/mini';
import { type MessageKey, translate } from '../i18n';
import { type MonthReport, type ReportLine, summarizeByMonth } from './monthly-report';
import { type Counts, MonthKey, PlaceName, ProcedureCode, REPORT_COLUMNS, type ReportColumn } from './tally';

/**
 * The monthly report as CSV for Excel, and read back to merge several
 * machines' months: UTF-8 with a BOM (so Excel shows Vietnamese), CRLF line
 * ends, comma separated, headers in Vietnamese whatever the UI language (it is
 * a report for Vietnamese offices). No procedure names: only codes, counts and
 * the places of community sessions.
 *
 * Layout: the header `Tháng,Nơi hỗ trợ,Mã thủ tục,<one column per counter>`,
 * one row per report line (place empty: at the counter; code empty: not tied
 * to a procedure), then a `Tổng cộng` row that sums them.
 */
export const CSV_BOM = '\uFEFF';
const EOL = '\r\n';

const COLUMN_KEY: Record<ReportColumn, MessageKey> = {
  sessions: 'tally.sessions',
  proceduresHelped: 'tally.proceduresHelped',
  dossiersSubmitted: 'tally.dossiersSubmitted',
  dossiersReturned: 'tally.dossiersReturned',
  returnedForHeldPapers: 'tally.returnedForHeldPapers',
  notReadyNoVneidLevel2: 'tally.notReadyNoVneidLevel2',
  notReadyMissingPapers: 'tally.notReadyMissingPapers',
  slipsPrinted: 'tally.slipsPrinted',
  vneidReminders: 'tally.vneidReminders',
};
export const columnLabelKey = (column: ReportColumn) => COLUMN_KEY[column];

const vi = (key: MessageKey) => translate('vi', key);
const header = () => [vi('tally.month'), vi('tally.place'), vi('tally.procedureCode'), ...REPORT_COLUMNS.map((c) => vi(COLUMN_KEY[c]))];

/** What a spreadsheet would read as a formula or a command (OWASP "CSV injection"), or as the guard itself. */
const GUARDED_START = /^['=+\-@\t\r]/;
/**
 * A text cell: one starting like a formula gets a leading "'" (shown as text,
 * removed again when read back), and a cell with a comma, quote or line break
 * is quoted.
 */
function cell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = GUARDED_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
const row = (cells: (string | number)[]) => cells.map(cell).join(',');

export function reportCsv(report: MonthReport): string {
  const counts = (c: Counts) => REPORT_COLUMNS.map((column) => c[column]);
  const lines = [
    row(header()),
    ...report.lines.map((l) => row([report.month, l.place, l.code, ...counts(l.counts)])),
    row([vi('tally.total'), '', '', ...counts(report.total)]),
  ];
  return CSV_BOM + lines.join(EOL) + EOL;
}

export const reportCsvFilename = (month: string, merged = false) => `thong-ke-ho-tro-${merged ? 'gop-' : ''}${month}.csv`;

/** Bounds on a file offered for merging: a real month is a few hundred rows. */
export const CSV_MAX_CHARS = 2_000_000;
const CSV_MAX_ROWS = 50_000;

/** RFC 4180 rows: quoted cells, doubled quotes, CRLF or LF line ends. Null when a quote is left open. */
function readRows(text: string): string[][] | null {
  const rows: string[][] = [];
  let current: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') value += ch;
      else if (text[i + 1] === '"') {
        value += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      current.push(value);
      value = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      rows.push([...current, value]);
      current = [];
      value = '';
      if (rows.length > CSV_MAX_ROWS) return null;
    } else value += ch;
  }
  if (quoted) return null;
  if (value !== '' || current.length > 0) rows.push([...current, value]);
  return rows;
}

/** Undoes `cell`'s formula guard. */
const unguard = (value: string) => (value.startsWith("'") ? value.slice(1) : value);

const CountCell = z.pipe(
  z.string().check(z.regex(/^\d{1,9}$/)),
  z.transform((s) => Number(s)),
);
const Place = z.union([z.literal(''), PlaceName]);
const Code = z.union([z.literal(''), ProcedureCode]);
const WIDTH = 3 + REPORT_COLUMNS.length;
const Line = z.tuple([MonthKey, Place, Code], CountCell).check(z.length(WIDTH));
const Total = z.tuple([z.literal(vi('tally.total')), z.literal(''), z.literal('')], CountCell).check(z.length(WIDTH));

const countsOf = (cells: readonly number[]) => Object.fromEntries(REPORT_COLUMNS.map((c, i) => [c, cells[i] ?? 0])) as Counts;

/** Why a file is not a report this extension exported (each has a message, `tally.merge.error.*`). */
export type ReportCsvError = 'too-large' | 'not-a-report' | 'bad-row' | 'totals-mismatch';
export type ParsedReportCsv = { ok: true; reports: MonthReport[] } | { ok: false; error: ReportCsvError; row?: number };

/**
 * Reads a CSV `reportCsv` wrote (possibly re-saved by a spreadsheet: the BOM
 * and CRLF are optional), one report per month it holds. Anything else is
 * refused: another header, a row that is not a month/place/code/counts line,
 * or a total that is not the sum of the lines (a truncated or edited file).
 */
export function parseReportCsv(text: string): ParsedReportCsv {
  if (text.length > CSV_MAX_CHARS) return { ok: false, error: 'too-large' };
  const rows = readRows(text.startsWith(CSV_BOM) ? text.slice(1) : text);
  if (!rows) return { ok: false, error: 'too-large' };
  while (rows.length > 0 && rows.at(-1)?.join('') === '') rows.pop();
  if (rows[0]?.join(',') !== header().join(',')) return { ok: false, error: 'not-a-report' };
  const total = Total.safeParse(rows.at(-1));
  if (rows.length < 2 || !total.success) return { ok: false, error: 'not-a-report' };
  const lines: (ReportLine & { month: string })[] = [];
  for (let i = 1; i < rows.length - 1; i++) {
    const parsed = Line.safeParse(rows[i]?.map(unguard));
    if (!parsed.success) return { ok: false, error: 'bad-row', row: i + 1 };
    const [month, place, code, ...counts] = parsed.data;
    lines.push({ month, place, code, counts: countsOf(counts as number[]) });
  }
  const reports = summarizeByMonth(lines);
  const expected = countsOf(total.data.slice(3) as number[]);
  const sum = (c: keyof Counts) => reports.reduce((a, r) => a + r.total[c], 0);
  if (REPORT_COLUMNS.some((c) => sum(c) !== expected[c])) return { ok: false, error: 'totals-mismatch' };
  return { ok: true, reports };
}
