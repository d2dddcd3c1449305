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

/** What happened to the dossiers of one procedure: the outcomes a session attributes to the procedure it is on. */
export const OUTCOME_COLUMNS = [
  'dossiersSubmitted',
  'dossiersReturned',
  'returnedForHeldPapers',
  'notReadyNoVneidLevel2',
  'notReadyMissingPapers',
] as const satisfies readonly ReportColumn[];
export type OutcomeColumn = (typeof OUTCOME_COLUMNS)[number];
const ProcedureOutcomes = z.strictObject({
  dossiersSubmitted: StoredCounter,
  dossiersReturned: StoredCounter,
  returnedForHeldPapers: StoredCounter,
  notReadyNoVneidLevel2: StoredCounter,
  notReadyMissingPapers: StoredCounter,
});

/**
 * One day's counts. The counters are the day's totals; `procedures` counts the
 * procedures helped, `outcomes` the part of the totals attributed to a
 * procedure (the rest had no procedure known yet; a day stored before
 * attribution existed has none attributed).
 */
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
  outcomes: z._default(z.record(ProcedureCode, ProcedureOutcomes), {}),
});
export type DayTally = z.infer<typeof DayTally>;
type StoredColumn = Exclude<ReportColumn, 'proceduresHelped'>;

export const DAY_KEY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;
export const MonthKey = z.string().check(z.regex(MONTH_KEY));

/**
 * Where a community session ("buổi hỗ trợ cộng đồng") was held, as the
 * volunteer typed it: one line of plain text, no control characters, trimmed.
 * The only free text the tallies keep; it names a place, never a person.
 */
export const PLACE_MAX = 80;
export const PlaceName = z.string().check(z.maxLength(PLACE_MAX), z.regex(/^[^\p{C}\s](?:[^\p{C}]*[^\p{C}\s])?$/u));
/** The form a typed place is kept in: spaces collapsed, control characters dropped, cut to the limit. */
export const normalizePlace = (typed: string) =>
  typed
    .replace(/[\p{C}\s]+/gu, ' ')
    .trim()
    .slice(0, PLACE_MAX)
    .trim();

const Days = z.record(z.string().check(z.regex(DAY_KEY)), DayTally);
/** `days`: counted at the centre's counter (no place); `places`: counted at community sessions, per place. */
export const Tallies = z.strictObject({ days: Days, places: z._default(z.record(PlaceName, Days), {}) });
export type Tallies = z.infer<typeof Tallies>;
export const EMPTY_TALLIES: Tallies = { days: {}, places: {} };

const pad = (n: number) => String(n).padStart(2, '0');
/** The machine's local calendar day, `YYYY-MM-DD`: the centres count by their own day. */
export const dayKey = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
export const monthKey = (date: Date) => dayKey(date).slice(0, 7);

const isRecord = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object';

/** Keeps the well-formed days; a malformed day is dropped, the others are kept. */
function parseDays(raw: unknown): Tallies['days'] {
  const kept: Tallies['days'] = {};
  if (!isRecord(raw)) return kept;
  for (const [key, value] of Object.entries(raw)) {
    const day = DayTally.safeParse(value);
    if (DAY_KEY.test(key) && day.success) kept[key] = day.data;
  }
  return kept;
}

/** Reads stored tallies (also those stored before places and attribution existed); a malformed day or place is dropped, the rest kept. */
export function parseStoredTallies(raw: unknown): Tallies {
  if (!isRecord(raw)) return EMPTY_TALLIES;
  const places: Tallies['places'] = {};
  for (const [name, days] of Object.entries(isRecord(raw.places) ? raw.places : {})) {
    if (PlaceName.safeParse(name).success) places[name] = parseDays(days);
  }
  return { days: parseDays(raw.days), places };
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

/**
 * Where an event is counted: at a community session's place (null: at the
 * counter), and for the procedure the session is on (null: none known yet).
 */
export interface TallyScope {
  place: string | null;
  code: string | null;
}
export const COUNTER_SCOPE: TallyScope = { place: null, code: null };

/** The counters an event adds one to. */
function countersOf(event: TallyEvent): StoredColumn[] {
  if (event.kind === 'dossier-returned') return event.stateHeld ? ['dossiersReturned', 'returnedForHeldPapers'] : ['dossiersReturned'];
  if (event.kind === 'not-ready') return [NOT_READY_COUNTER[event.reason]];
  if (event.kind === 'procedure') return [];
  return [COUNTER_OF[event.kind]];
}
const isOutcome = (column: StoredColumn): column is OutcomeColumn => (OUTCOME_COLUMNS as readonly string[]).includes(column);

function addToDay(current: DayTally, event: TallyEvent, code: string | null): DayTally {
  if (event.kind === 'procedure') {
    return { ...current, procedures: { ...current.procedures, [event.code]: (current.procedures[event.code] ?? 0) + 1 } };
  }
  const next = { ...current };
  const attributed = code !== null && PROCEDURE_CODE.test(code);
  const outcomes = attributed ? { ...ProcedureOutcomes.parse({}), ...current.outcomes[code] } : null;
  for (const column of countersOf(event)) {
    next[column] = current[column] + 1;
    if (outcomes && isOutcome(column)) outcomes[column] += 1;
  }
  if (attributed && outcomes && countersOf(event).some(isOutcome)) next.outcomes = { ...current.outcomes, [code]: outcomes };
  return next;
}

/** Adds one event to the given day, at the scope's place and procedure, returning new tallies. */
export function recordTally(tallies: Tallies, day: string, event: TallyEvent, scope: TallyScope = COUNTER_SCOPE): Tallies {
  const place = scope.place === null ? null : PlaceName.parse(scope.place);
  const days = place === null ? tallies.days : (tallies.places[place] ?? {});
  const next = { ...days, [day]: addToDay(days[day] ?? DayTally.parse({}), event, scope.code) };
  return place === null ? { ...tallies, days: next } : { ...tallies, places: { ...tallies.places, [place]: next } };
}
