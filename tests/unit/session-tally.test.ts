import { describe, expect, it } from 'vitest';
import { readAllJsonl } from '../../scripts/shared-data';
import { CSV_BOM, tallyCsv, tallyCsvFilename } from '@/lib/session/csv';
import {
  DayTally,
  dayKey,
  EMPTY_TALLIES,
  HelperEvent,
  monthKey,
  monthReport,
  PROCEDURE_CODE,
  parseStoredTallies,
  recordTally,
  Tallies,
  type TallyEvent,
} from '@/lib/session/tally';
import { parseCsv, tallySections } from '../support/csv';

const record = (events: [string, TallyEvent][], start: Tallies = EMPTY_TALLIES) =>
  events.reduce((t, [day, e]) => recordTally(t, day, e), start);

describe('anonymous tallies', () => {
  it('can count every real procedure code', async () => {
    const api = await readAllJsonl<{ code: string }>('portal-api.jsonl');
    const crawled = await readAllJsonl<{ code: string }>('procedures.jsonl');
    const codes = [...api, ...crawled].map((r) => r.code);
    expect(codes.length).toBeGreaterThan(8000);
    expect(codes.filter((c) => !PROCEDURE_CODE.test(c))).toEqual([]);
  });

  it('cannot hold names, ID numbers or any other text', () => {
    const day = (extra: object) => Tallies.safeParse({ days: { '2025-07-01': { sessions: 1, ...extra } } }).success;
    expect(day({})).toBe(true);
    expect(day({ procedures: { '1.001193': 2 } })).toBe(true);
    expect(day({ procedures: { 'Nguyễn Văn A': 1 } })).toBe(false);
    expect(day({ procedures: { '1.001193': 'Nguyễn Văn A' } })).toBe(false);
    expect(day({ citizen: '001090012345' })).toBe(false);
    expect(day({ sessions: 1.5 })).toBe(false);
    expect(Tallies.safeParse({ days: { 'Nguyễn Văn A': {} } }).success).toBe(false);
    expect(Tallies.safeParse({ days: {}, note: 'x' }).success).toBe(false);
    expect(HelperEvent.safeParse({ kind: 'slip-printed', name: 'Nguyễn Văn A' }).success).toBe(false);
    expect(HelperEvent.safeParse({ kind: 'not-ready', reason: 'khác' }).success).toBe(false);
  });

  it('counts by the local calendar day', () => {
    expect(dayKey(new Date(2025, 6, 31, 23, 59))).toBe('2025-07-31');
    expect(dayKey(new Date(2025, 7, 1, 0, 0))).toBe('2025-08-01');
    expect(monthKey(new Date(2025, 0, 5))).toBe('2025-01');
    const t = record([
      ['2025-07-31', { kind: 'session' }],
      ['2025-07-31', { kind: 'procedure', code: '1.001193' }],
      ['2025-07-31', { kind: 'procedure', code: '1.001193' }],
      ['2025-08-01', { kind: 'not-ready', reason: 'no-vneid-level2' }],
    ]);
    expect(t.days['2025-07-31']).toMatchObject({ sessions: 1, procedures: { '1.001193': 2 } });
    expect(t.days['2025-08-01']).toMatchObject({ sessions: 0, notReadyNoVneidLevel2: 1, procedures: {} });
    expect(Tallies.parse(t)).toEqual(t);
  });

  it('keeps the good days of a partly damaged store', () => {
    const good = DayTally.parse({ sessions: 3 });
    expect(parseStoredTallies({ days: { '2025-07-01': good, '2025-07-02': { sessions: -1 }, hôm: good } })).toEqual({
      days: { '2025-07-01': good },
    });
    expect(parseStoredTallies('rác')).toEqual(EMPTY_TALLIES);
  });

  it('reports a month day by day with totals, leaving other months out', () => {
    const t = record([
      ['2024-02-01', { kind: 'session' }],
      ['2024-02-01', { kind: 'procedure', code: '2.000986' }],
      ['2024-02-29', { kind: 'session' }],
      ['2024-02-29', { kind: 'procedure', code: '1.001193' }],
      ['2024-02-29', { kind: 'procedure', code: '2.000986' }],
      ['2024-02-29', { kind: 'slip-printed' }],
      ['2024-03-01', { kind: 'session' }],
    ]);
    const r = monthReport(t, '2024-02');
    expect(r.days).toHaveLength(29);
    expect(r.days[28]?.date).toBe('2024-02-29');
    expect(r.days[28]?.counts).toMatchObject({ sessions: 1, proceduresHelped: 2, slipsPrinted: 1 });
    expect(r.total).toMatchObject({ sessions: 2, proceduresHelped: 3, slipsPrinted: 1, dossiersSubmitted: 0 });
    expect(r.procedures).toEqual([
      { code: '2.000986', count: 2 },
      { code: '1.001193', count: 1 },
    ]);
    expect(monthReport(t, '2025-02').days).toHaveLength(28);
    expect(() => monthReport(t, '2024-13')).toThrow();
  });
});

describe('the CSV export, opened back', () => {
  const t = record([
    ['2025-07-01', { kind: 'session' }],
    ['2025-07-01', { kind: 'procedure', code: '1.001193' }],
    ['2025-07-01', { kind: 'dossier-submitted' }],
    ['2025-07-15', { kind: 'session' }],
    ['2025-07-15', { kind: 'session' }],
    ['2025-07-15', { kind: 'procedure', code: '1.001193' }],
    ['2025-07-15', { kind: 'procedure', code: '-A1' }],
    ['2025-07-15', { kind: 'not-ready', reason: 'missing-papers' }],
    ['2025-07-15', { kind: 'not-ready', reason: 'no-vneid-level2' }],
    ['2025-07-15', { kind: 'vneid-reminder' }],
    ['2025-08-01', { kind: 'session' }],
  ]);
  const csv = tallyCsv(monthReport(t, '2025-07'));

  it('is UTF-8 with a BOM and CRLF line ends', () => {
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(tallyCsvFilename('2025-07')).toBe('thong-ke-ho-tro-2025-07.csv');
  });

  it('has a Vietnamese header, one row per day and a total row', () => {
    const { days } = tallySections(csv);
    expect(days[0]).toEqual([
      'Ngày',
      'Lượt hỗ trợ công dân',
      'Thủ tục được hỗ trợ',
      'Hồ sơ đã nộp thành công',
      'Hồ sơ bị yêu cầu bổ sung',
      'Trong đó yêu cầu giấy tờ Nhà nước đã có',
      'Chưa sẵn sàng: chưa có VNeID mức 2',
      'Chưa sẵn sàng: thiếu giấy tờ',
      'Phiếu bổ sung giấy tờ đã in',
      'Nhắc nhở VNeID đã hiển thị',
    ]);
    const body = days.slice(1, -1);
    expect(body).toHaveLength(31);
    expect(body.map((r) => r[0])).toEqual(Array.from({ length: 31 }, (_, i) => `2025-07-${String(i + 1).padStart(2, '0')}`));
    expect(body[0]).toEqual(['2025-07-01', '1', '1', '1', '0', '0', '0', '0', '0', '0']);
    expect(body[14]).toEqual(['2025-07-15', '2', '2', '0', '0', '0', '1', '1', '0', '1']);
    expect(body[1]).toEqual(['2025-07-02', '0', '0', '0', '0', '0', '0', '0', '0', '0']);
    const total = days.at(-1) ?? [];
    expect(total).toEqual(['Tổng cộng', '3', '3', '1', '0', '0', '1', '1', '0', '1']);
    // The total row is the sum of the day rows, column by column.
    for (let c = 1; c < total.length; c++) expect(body.reduce((a, r) => a + Number(r[c]), 0)).toBe(Number(total[c]));
  });

  it('lists procedures in a second section, formula-like codes defused', () => {
    const { procedures } = tallySections(csv);
    expect(procedures).toEqual([
      ['Mã thủ tục', 'Số lần hỗ trợ'],
      ['1.001193', '2'],
      ["'-A1", '1'],
      ['Tổng cộng', '3'],
    ]);
  });

  it('an empty month still opens as a full table of zeros', () => {
    const rows = parseCsv(tallyCsv(monthReport(EMPTY_TALLIES, '2025-09')).slice(1));
    expect(rows).toHaveLength(1 + 30 + 1 + 1 + 1 + 1);
    expect(rows[31]).toEqual(['Tổng cộng', '0', '0', '0', '0', '0', '0', '0', '0', '0']);
  });
});
