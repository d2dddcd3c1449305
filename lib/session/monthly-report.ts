import { type Counts, type DayTally, MonthKey, OUTCOME_COLUMNS, REPORT_COLUMNS, type Tallies } from './tally';

/**
 * One line of the monthly report: what was counted at a place (`''`: at the
 * counter) for a procedure (`''`: no procedure — the sessions, slips and
 * reminders, and the outcomes counted before any procedure was known).
 */
export interface ReportLine {
  place: string;
  code: string;
  counts: Counts;
}

export interface MonthReport {
  month: string;
  /** By place (the counter first), then most helped procedure first, the line without a procedure last. */
  lines: ReportLine[];
  total: Counts;
}

export const zeroCounts = (): Counts => Object.fromEntries(REPORT_COLUMNS.map((c) => [c, 0])) as Counts;

function addCounts(into: Counts, from: Counts) {
  for (const column of REPORT_COLUMNS) into[column] += from[column];
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  const found = map.get(key);
  if (found !== undefined) return found;
  const made = make();
  map.set(key, made);
  return made;
}

const isZero = (counts: Counts) => REPORT_COLUMNS.every((c) => counts[c] === 0);

/** The lines of one place's days: a line per procedure, and the rest on the line without one. */
function placeLines(place: string, days: readonly DayTally[]): ReportLine[] {
  const general = zeroCounts();
  const byCode = new Map<string, Counts>();
  const of = (code: string) => getOrAdd(byCode, code, zeroCounts);
  for (const day of days) {
    const { procedures, outcomes, ...counters } = day;
    for (const [column, n] of Object.entries(counters)) general[column as keyof typeof counters] += n;
    for (const [code, n] of Object.entries(procedures)) of(code).proceduresHelped += n;
    for (const [code, attributed] of Object.entries(outcomes)) {
      for (const column of OUTCOME_COLUMNS) {
        of(code)[column] += attributed[column];
        general[column] -= attributed[column];
      }
    }
  }
  // A store edited by hand could attribute more than the day counted: the line without a procedure never goes below zero.
  for (const column of OUTCOME_COLUMNS) general[column] = Math.max(0, general[column]);
  const lines = [...byCode].map(([code, counts]) => ({ place, code, counts }));
  return isZero(general) ? lines : [...lines, { place, code: '', counts: general }];
}

const byPlaceThenHelped = (a: ReportLine, b: ReportLine) =>
  (a.place === b.place ? 0 : a.place === '' ? -1 : b.place === '' ? 1 : a.place.localeCompare(b.place, 'vi')) ||
  (a.code === '' ? 1 : 0) - (b.code === '' ? 1 : 0) ||
  b.counts.proceduresHelped - a.counts.proceduresHelped ||
  a.code.localeCompare(b.code);

/**
 * Sums the lines of the same place and procedure, orders them and totals
 * them: the report of one machine's tallies, and of several machines' CSVs.
 */
function summarize(month: string, lines: readonly ReportLine[]): MonthReport {
  const merged = new Map<string, ReportLine>();
  for (const line of lines) {
    const key = JSON.stringify([line.place, line.code]);
    const into = getOrAdd(merged, key, () => ({ place: line.place, code: line.code, counts: zeroCounts() }));
    addCounts(into.counts, line.counts);
  }
  const total = zeroCounts();
  for (const line of merged.values()) addCounts(total, line.counts);
  return { month, lines: [...merged.values()].filter((l) => !isZero(l.counts)).sort(byPlaceThenHelped), total };
}

/** One report per month the lines hold, oldest first: a CSV's lines, or several machines' reports. */
export function summarizeByMonth(lines: readonly (ReportLine & { month: string })[]): MonthReport[] {
  const months = [...new Set(lines.map((l) => l.month))].sort();
  return months.map((month) => summarize(month, lines.filter((l) => l.month === month)));
}

/** The month's report from the stored tallies: the counter's days and each community session place's. */
export function monthReport(tallies: Tallies, month: string): MonthReport {
  const prefix = `${MonthKey.parse(month)}-`;
  const inMonth = (days: Tallies['days']) => Object.entries(days).flatMap(([day, tally]) => (day.startsWith(prefix) ? [tally] : []));
  const lines = [
    ...placeLines('', inMonth(tallies.days)),
    ...Object.entries(tallies.places).flatMap(([place, days]) => placeLines(place, inMonth(days))),
  ];
  return summarize(month, lines);
}

/** The procedure codes a report names (to look their names up in the catalog). */
export const reportCodes = (report: MonthReport) => [...new Set(report.lines.flatMap((l) => (l.code ? [l.code] : [])))];

/** Each place's counts summed over its procedures: the counter first (always, zeros included), then the community session places. */
export function placeTotals(report: MonthReport): { place: string; counts: Counts }[] {
  const byPlace = new Map<string, Counts>([['', zeroCounts()]]);
  for (const line of report.lines) addCounts(getOrAdd(byPlace, line.place, zeroCounts), line.counts);
  return [...byPlace].map(([place, counts]) => ({ place, counts }));
}
