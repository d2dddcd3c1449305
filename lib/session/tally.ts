import { z } from 'zod/mini';

/**
 * Anonymous tallies for the centres' monthly report: counts per local day,
 * nothing else. The schema is strict on purpose: the only text it can hold is
 * a procedure code, so names, ID numbers or file contents cannot slip in.
 */
export const PROCEDURE_CODE = /^[0-9A-Za-z.-]{1,40}$/;
export const ProcedureCode = z.string().check(z.regex(PROCEDURE_CODE));

export const NOT_READY_REASONS = ['no-vneid-level2', 'missing-papers'] as const;
export const NotReadyReason = z.enum(NOT_READY_REASONS);
export type NotReadyReason = z.infer<typeof NotReadyReason>;

/**
 * Events other parts of the extension report with `tally/record`. Sessions are
 * counted on start, procedures from `procedure/seen`, submitted dossiers from
 * `page/seen` with kind `success`, returned dossiers from `returned/record`
 * (whether the agency asked for papers the state holds, nothing else): each
 * has one entry point.
 */
export const HELPER_EVENTS = [
  z.strictObject({ kind: z.literal('not-ready'), reason: NotReadyReason }),
  z.strictObject({ kind: z.literal('slip-printed') }),
  z.strictObject({ kind: z.literal('vneid-reminder') }),
] as const;
export const HelperEvent = z.discriminatedUnion('kind', [...HELPER_EVENTS]);
export type HelperEvent = z.infer<typeof HelperEvent>;
export const TallyEvent = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('session') }),
  z.strictObject({ kind: z.literal('procedure'), code: ProcedureCode }),
  z.strictObject({ kind: z.literal('dossier-submitted') }),
  z.strictObject({ kind: z.literal('dossier-returned'), stateHeld: z.boolean() }),
  ...HELPER_EVENTS,
]);
export type TallyEvent = z.infer<typeof TallyEvent>;

/** The report's columns, in CSV order. `proceduresHelped` is the sum of the per-procedure counts. */
export const REPORT_COLUMNS = [
  'sessions',
  'proceduresHelped',
  'dossiersSubmitted',
  'dossiersReturned',
  'returnedForHeldPapers',
  'notReadyNoVneidLevel2',
  'notReadyMissingPapers',
  'slipsPrinted',
  'vneidReminders',
] as const;
export type ReportColumn = (typeof REPORT_COLUMNS)[number];
export type Counts = Record<ReportColumn, number>;

const Count = z.int().check(z.nonnegative());
const StoredCounter = z._default(Count, 0);

export const DayTally = z.strictObject({
  sessions: StoredCounter,
  dossiersSubmitted: StoredCounter,
  /** Dossiers the agency sent back for more papers, and those of them asking for papers the state holds. */
  dossiersReturned: StoredCounter,
  returnedForHeldPapers: StoredCounter,
  notReadyNoVneidLevel2: StoredCounter,
  notReadyMissingPapers: StoredCounter,
  slipsPrinted: StoredCounter,
  vneidReminders: StoredCounter,
  procedures: z._default(z.record(ProcedureCode, Count), {}),
});
export type DayTally = z.infer<typeof DayTally>;
type StoredColumn = Exclude<ReportColumn, 'proceduresHelped'>;

export const DAY_KEY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;
export const MonthKey = z.string().check(z.regex(MONTH_KEY));

export const Tallies = z.strictObject({ days: z.record(z.string().check(z.regex(DAY_KEY)), DayTally) });
export type Tallies = z.infer<typeof Tallies>;
export const EMPTY_TALLIES: Tallies = { days: {} };

const pad = (n: number) => String(n).padStart(2, '0');
/** The machine's local calendar day, `YYYY-MM-DD`: the centres count by their own day. */
export const dayKey = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
export const monthKey = (date: Date) => dayKey(date).slice(0, 7);

/** Reads stored tallies; a malformed day is dropped, the other days are kept. */
export function parseStoredTallies(raw: unknown): Tallies {
  const days = raw && typeof raw === 'object' ? (raw as { days?: unknown }).days : undefined;
  if (!days || typeof days !== 'object') return EMPTY_TALLIES;
  const kept: Tallies['days'] = {};
  for (const [key, value] of Object.entries(days)) {
    const day = DayTally.safeParse(value);
    if (DAY_KEY.test(key) && day.success) kept[key] = day.data;
  }
  return { days: kept };
}

const COUNTER_OF: Record<Exclude<TallyEvent['kind'], 'procedure' | 'not-ready' | 'dossier-returned'>, StoredColumn> = {
  session: 'sessions',
  'dossier-submitted': 'dossiersSubmitted',
  'slip-printed': 'slipsPrinted',
  'vneid-reminder': 'vneidReminders',
};
const NOT_READY_COUNTER: Record<NotReadyReason, StoredColumn> = {
  'no-vneid-level2': 'notReadyNoVneidLevel2',
  'missing-papers': 'notReadyMissingPapers',
};

/** Adds one event to the given day, returning new tallies. */
export function recordTally(tallies: Tallies, day: string, event: TallyEvent): Tallies {
  const current = tallies.days[day] ?? DayTally.parse({});
  let next: DayTally;
  if (event.kind === 'procedure') {
    next = { ...current, procedures: { ...current.procedures, [event.code]: (current.procedures[event.code] ?? 0) + 1 } };
  } else if (event.kind === 'dossier-returned') {
    next = {
      ...current,
      dossiersReturned: current.dossiersReturned + 1,
      returnedForHeldPapers: current.returnedForHeldPapers + (event.stateHeld ? 1 : 0),
    };
  } else {
    const counter = event.kind === 'not-ready' ? NOT_READY_COUNTER[event.reason] : COUNTER_OF[event.kind];
    next = { ...current, [counter]: current[counter] + 1 };
  }
  return { days: { ...tallies.days, [day]: next } };
}

const zeroCounts = (): Counts => Object.fromEntries(REPORT_COLUMNS.map((c) => [c, 0])) as Counts;

export function dayCounts(day: DayTally | undefined): Counts {
  if (!day) return zeroCounts();
  const { procedures, ...stored } = day;
  return { ...stored, proceduresHelped: Object.values(procedures).reduce((a, b) => a + b, 0) };
}

export interface ProcedureCount {
  code: string;
  count: number;
}

export interface MonthReport {
  month: string;
  /** Every calendar day of the month, in order, zeros included. */
  days: { date: string; counts: Counts }[];
  total: Counts;
  /** Most helped first, then by code. */
  procedures: ProcedureCount[];
}

export function monthReport(tallies: Tallies, month: string): MonthReport {
  const [year, mon] = MonthKey.parse(month).split('-').map(Number) as [number, number];
  const length = new Date(year, mon, 0).getDate();
  const total = zeroCounts();
  const byCode = new Map<string, number>();
  const days = Array.from({ length }, (_, i) => {
    const date = `${month}-${pad(i + 1)}`;
    const stored = tallies.days[date];
    const counts = dayCounts(stored);
    for (const column of REPORT_COLUMNS) total[column] += counts[column];
    for (const [code, n] of Object.entries(stored?.procedures ?? {})) byCode.set(code, (byCode.get(code) ?? 0) + n);
    return { date, counts };
  });
  const procedures = [...byCode]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  return { month, days, total, procedures };
}
