import { describe, expect, it } from 'vitest';
import { readAllJsonl } from '../../scripts/shared-data';
import { CSV_BOM, CSV_MAX_CHARS, parseReportCsv, reportCsv, reportCsvFilename } from '@/lib/session/csv';
import { mergeReportFiles } from '@/lib/session/merge-reports';
import { monthReport, placeTotals } from '@/lib/session/monthly-report';
import {
  DayTally,
  dayKey,
  EMPTY_TALLIES,
  HelperEvent,
  monthKey,
  normalizePlace,
  PROCEDURE_CODE,
  parseStoredTallies,
  REPORT_COLUMNS,
  recordTally,
  Tallies,
  type TallyEvent,
  type TallyScope,
} from '@/lib/session/tally';
import { parseCsv } from '../support/csv';

const record = (events: ([string, TallyEvent] | [string, TallyEvent, TallyScope])[], start: Tallies = EMPTY_TALLIES) =>
  events.reduce((t, [day, e, scope]) => recordTally(t, day, e, scope), start);

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
      places: {},
    });
    expect(parseStoredTallies('rác')).toEqual(EMPTY_TALLIES);
    expect(
      parseStoredTallies({ days: {}, places: { 'Thôn 3': { '2025-07-01': good, x: good }, 'Tên\nngười': { '2025-07-01': good } } }),
    ).toEqual({ days: {}, places: { 'Thôn 3': { '2025-07-01': good } } });
  });

  it('reads a day stored before places and attribution existed, without losing a count', () => {
    const old = {
      days: {
        '2025-06-30': {
          sessions: 4,
          dossiersSubmitted: 2,
          dossiersReturned: 1,
          returnedForHeldPapers: 1,
          notReadyNoVneidLevel2: 1,
          notReadyMissingPapers: 0,
          slipsPrinted: 3,
          vneidReminders: 5,
          procedures: { '1.001193': 3 },
        },
      },
    };
    expect(Tallies.safeParse(old).success).toBe(true);
    const read = parseStoredTallies(old);
    expect(read.days['2025-06-30']).toEqual({ ...old.days['2025-06-30'], outcomes: {} });
    // Its outcomes had no procedure: they stay on the line without one, the procedure keeps its helped count.
    const lines = monthReport(read, '2025-06').lines;
    expect(lines.map((l) => [l.code, l.counts.proceduresHelped, l.counts.dossiersSubmitted, l.counts.sessions])).toEqual([
      ['1.001193', 3, 0, 0],
      ['', 0, 2, 4],
    ]);
    expect(monthReport(read, '2025-06').total).toMatchObject({ sessions: 4, dossiersSubmitted: 2, slipsPrinted: 3, vneidReminders: 5 });
  });

  it('keeps a place as one line of plain text, never anything longer or with control characters', () => {
    const place = (name: string) => Tallies.safeParse({ days: {}, places: { [name]: {} } }).success;
    expect(place('Nhà văn hóa thôn 3, xã Yên Sơn')).toBe(true);
    expect(place('=cmd|/C calc')).toBe(true); // text is text: neutralised when exported
    expect(place(' thôn 3')).toBe(false);
    expect(place('thôn\n3')).toBe(false);
    expect(place('thôn\u202e3')).toBe(false);
    expect(place('x'.repeat(81))).toBe(false);
    expect(place('')).toBe(false);
    expect(normalizePlace('  Nhà văn hóa\n\tthôn 3\u0000 ')).toBe('Nhà văn hóa thôn 3');
    expect(normalizePlace(`${'a'.repeat(79)} b`)).toBe('a'.repeat(79));
    expect(() => recordTally(EMPTY_TALLIES, '2025-07-01', { kind: 'session' }, { place: 'a\nb', code: null })).toThrow();
  });

});

const KHAI_SINH = '1.001193';
const KET_HON = '1.000894';

describe('the monthly report per procedure', () => {
  const atCounter = (code: string | null): TallyScope => ({ place: null, code });
  const t = record([
    ['2025-07-01', { kind: 'session' }],
    ['2025-07-01', { kind: 'procedure', code: KHAI_SINH }],
    ['2025-07-01', { kind: 'dossier-submitted' }, atCounter(KHAI_SINH)],
    ['2025-07-15', { kind: 'session' }],
    ['2025-07-15', { kind: 'not-ready', reason: 'no-vneid-level2' }, atCounter(null)],
    ['2025-07-15', { kind: 'procedure', code: KET_HON }],
    ['2025-07-15', { kind: 'not-ready', reason: 'missing-papers' }, atCounter(KET_HON)],
    ['2025-07-15', { kind: 'dossier-returned', stateHeld: true }, atCounter(KET_HON)],
    ['2025-07-15', { kind: 'dossier-returned', stateHeld: false }, atCounter(KET_HON)],
    ['2025-07-15', { kind: 'slip-printed' }, atCounter(KET_HON)],
    ['2025-07-20', { kind: 'session' }, { place: 'Thôn 3', code: null }],
    ['2025-07-20', { kind: 'procedure', code: KHAI_SINH }, { place: 'Thôn 3', code: null }],
    ['2025-07-20', { kind: 'dossier-submitted' }, { place: 'Thôn 3', code: KHAI_SINH }],
    ['2025-07-31', { kind: 'procedure', code: KHAI_SINH }],
    ['2025-08-01', { kind: 'session' }],
    ['2025-08-01', { kind: 'procedure', code: KHAI_SINH }],
    ['2025-06-30', { kind: 'dossier-submitted' }, atCounter(KHAI_SINH)],
  ]);
  const report = monthReport(t, '2025-07');
  const line = (place: string, code: string) => report.lines.find((l) => l.place === place && l.code === code)?.counts;

  it('has one line per place and procedure, with what became of its dossiers', () => {
    expect(report.lines.map((l) => [l.place, l.code])).toEqual([
      ['', KHAI_SINH],
      ['', KET_HON],
      ['', ''],
      ['Thôn 3', KHAI_SINH],
      ['Thôn 3', ''],
    ]);
    expect(line('', KHAI_SINH)).toMatchObject({ proceduresHelped: 2, dossiersSubmitted: 1, dossiersReturned: 0 });
    expect(line('', KET_HON)).toMatchObject({
      proceduresHelped: 1,
      notReadyMissingPapers: 1,
      notReadyNoVneidLevel2: 0,
      dossiersReturned: 2,
      returnedForHeldPapers: 1,
    });
    // What no procedure was known for, and what is never per procedure, stays on the place's own line.
    expect(line('', '')).toMatchObject({ sessions: 2, notReadyNoVneidLevel2: 1, slipsPrinted: 1, proceduresHelped: 0 });
    expect(line('Thôn 3', KHAI_SINH)).toMatchObject({ proceduresHelped: 1, dossiersSubmitted: 1 });
    expect(line('Thôn 3', '')).toMatchObject({ sessions: 1, dossiersSubmitted: 0 });
  });

  it('totals every column over the lines, other months left out', () => {
    expect(report.total).toEqual({
      sessions: 3,
      proceduresHelped: 4,
      dossiersSubmitted: 2,
      dossiersReturned: 2,
      returnedForHeldPapers: 1,
      notReadyNoVneidLevel2: 1,
      notReadyMissingPapers: 1,
      slipsPrinted: 1,
      vneidReminders: 0,
    });
    for (const column of REPORT_COLUMNS) expect(report.lines.reduce((a, l) => a + l.counts[column], 0)).toBe(report.total[column]);
    expect(placeTotals(report).map((p) => [p.place, p.counts.sessions])).toEqual([
      ['', 2],
      ['Thôn 3', 1],
    ]);
    expect(monthReport(t, '2025-09')).toEqual({ month: '2025-09', lines: [], total: monthReport(EMPTY_TALLIES, '2025-01').total });
    expect(() => monthReport(t, '2025-13')).toThrow();
  });

  it('never lets a hand-edited store show a negative count', () => {
    const edited = Tallies.parse({
      days: { '2025-07-01': { dossiersSubmitted: 1, outcomes: { [KHAI_SINH]: { dossiersSubmitted: 5 } } } },
    });
    const lines = monthReport(edited, '2025-07').lines;
    expect(lines.flatMap((l) => REPORT_COLUMNS.map((c) => l.counts[c])).every((n) => n >= 0)).toBe(true);
  });

  describe('as CSV, opened back', () => {
    const csv = reportCsv(report);
    const rows = parseCsv(csv.slice(1));

    it('is UTF-8 with a BOM and CRLF line ends, Vietnamese headers first', () => {
      const bytes = new TextEncoder().encode(csv);
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(csv.startsWith(CSV_BOM)).toBe(true);
      expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      expect(csv.endsWith('\r\n')).toBe(true);
      expect(reportCsvFilename('2025-07')).toBe('thong-ke-ho-tro-2025-07.csv');
      expect(reportCsvFilename('2025-07', true)).toBe('thong-ke-ho-tro-gop-2025-07.csv');
      expect(rows[0]).toEqual([
        'Tháng',
        'Nơi hỗ trợ',
        'Mã thủ tục',
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
      expect(rows[2]).toEqual(['2025-07', '', KET_HON, '0', '1', '0', '2', '1', '0', '1', '0', '0']);
      expect(rows.at(-1)).toEqual(['Tổng cộng', '', '', '3', '4', '2', '2', '1', '1', '1', '1', '0']);
    });

    it('reads back to the same report', () => {
      expect(parseReportCsv(csv)).toEqual({ ok: true, reports: [report] });
      // Re-saved by a spreadsheet: no BOM, LF line ends.
      expect(parseReportCsv(csv.slice(1).replace(/\r\n/g, '\n'))).toEqual({ ok: true, reports: [report] });
    });
  });
});

describe('merging several counters', () => {
  const counterA = record([
    ['2025-07-02', { kind: 'session' }],
    ['2025-07-02', { kind: 'procedure', code: KHAI_SINH }],
    ['2025-07-02', { kind: 'dossier-submitted' }, { place: null, code: KHAI_SINH }],
    ['2025-07-03', { kind: 'session' }, { place: 'Thôn 3', code: null }],
    ['2025-07-03', { kind: 'procedure', code: KET_HON }, { place: 'Thôn 3', code: null }],
  ]);
  const counterB = record([
    ['2025-07-09', { kind: 'session' }],
    ['2025-07-09', { kind: 'session' }],
    ['2025-07-09', { kind: 'procedure', code: KHAI_SINH }],
    ['2025-07-09', { kind: 'dossier-returned', stateHeld: true }, { place: null, code: KHAI_SINH }],
    ['2025-07-10', { kind: 'session' }, { place: 'Thôn 3', code: null }],
    ['2025-08-01', { kind: 'session' }],
  ]);
  const file = (name: string, tallies: Tallies, month: string) => ({ name, text: reportCsv(monthReport(tallies, month)) });

  it('adds up the same month, place and procedure from each machine’s export', () => {
    const merged = mergeReportFiles([file('may-1.csv', counterA, '2025-07'), file('may-2.csv', counterB, '2025-07'), file('may-2-thang-8.csv', counterB, '2025-08')]);
    expect(merged.rejected).toEqual([]);
    expect(merged.merged).toBe(3);
    expect(merged.reports.map((r) => r.month)).toEqual(['2025-07', '2025-08']);
    const july = merged.reports[0];
    const line = (place: string, code: string) => july?.lines.find((l) => l.place === place && l.code === code)?.counts;
    expect(line('', KHAI_SINH)).toMatchObject({ proceduresHelped: 2, dossiersSubmitted: 1, dossiersReturned: 1, returnedForHeldPapers: 1 });
    expect(line('', '')).toMatchObject({ sessions: 3 });
    expect(line('Thôn 3', '')).toMatchObject({ sessions: 2 });
    expect(line('Thôn 3', KET_HON)).toMatchObject({ proceduresHelped: 1 });
    expect(july?.total).toMatchObject({ sessions: 5, proceduresHelped: 3, dossiersSubmitted: 1, dossiersReturned: 1 });
    // The merged month exports and reads back like one machine's.
    expect(parseReportCsv(reportCsv(july ?? monthReport(EMPTY_TALLIES, '2025-07')))).toEqual({ ok: true, reports: [july] });
  });

  it('refuses a file that is not our report, naming it, and keeps the others', () => {
    const merged = mergeReportFiles([file('may-1.csv', counterA, '2025-07'), { name: 'danh-sach.csv', text: 'Họ tên,Số CCCD\r\nA,001\r\n' }]);
    expect(merged.rejected).toEqual([{ name: 'danh-sach.csv', error: 'not-a-report' }]);
    expect(merged.merged).toBe(1);
    expect(merged.reports[0]?.total.sessions).toBe(2);
  });
});

describe('hostile CSV', () => {
  const good = reportCsv(
    monthReport(
      record([
        ['2025-07-02', { kind: 'session' }, { place: '=cmd|/C calc', code: null }],
        ['2025-07-02', { kind: 'procedure', code: '-A1' }, { place: '=cmd|/C calc', code: null }],
        ['2025-07-02', { kind: 'session' }, { place: '"Thôn 3", xã A', code: null }],
        ['2025-07-02', { kind: 'session' }, { place: "'@SUM(1)", code: null }],
      ]),
      '2025-07',
    ),
  );

  it('neutralises formula-like cells on export, and reads them back as they were', () => {
    const cells = parseCsv(good.slice(1)).flat();
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(cells).toContain("'=cmd|/C calc");
    expect(cells).toContain("'-A1");
    expect(cells).toContain('"Thôn 3", xã A');
    const read = parseReportCsv(good);
    expect(cells).toContain("''@SUM(1)");
    expect(read.ok && read.reports[0]?.lines.map((l) => [l.place, l.code])).toEqual([
      ["'@SUM(1)", ''],
      ['"Thôn 3", xã A', ''],
      ['=cmd|/C calc', '-A1'],
      ['=cmd|/C calc', ''],
    ]);
  });

  it('refuses what is not our report', () => {
    const rows = good.slice(1).split('\r\n');
    const withRow = (i: number, row: string) => rows.map((r, j) => (j === i ? row : r)).join('\r\n');
    const cases: [string, string][] = [
      ['', 'not-a-report'],
      ['Tháng,Nơi hỗ trợ\r\n', 'not-a-report'],
      [`${rows[0]},Cột thêm\r\n${rows.slice(1).join('\r\n')}`, 'not-a-report'],
      [rows.slice(0, -2).join('\r\n'), 'not-a-report'], // cut before its total
      [withRow(1, '2025-07,,1.001193,1,1,1,1,1,1,1,1'), 'bad-row'], // a column short
      [withRow(1, '2025-07,,1.001193,1,1,1,1,1,1,1,1,=1+1'), 'bad-row'],
      [withRow(1, '2025-07,Nguyễn\u0007,,1,0,0,0,0,0,0,0,0'), 'bad-row'],
      [withRow(1, '07/2025,,,1,0,0,0,0,0,0,0,0'), 'bad-row'],
      [withRow(1, '2025-07,,,-1,0,0,0,0,0,0,0,0'), 'bad-row'],
      [withRow(1, '2025-07,,,1.5,0,0,0,0,0,0,0,0'), 'bad-row'],
      [withRow(1, '2025-07,,,99,0,0,0,0,0,0,0,0'), 'totals-mismatch'],
      [`${rows[0]}\r\n"2025-07,,,1,0,0,0,0,0,0,0,0\r\n`, 'too-large'], // a quote left open
      ['x'.repeat(CSV_MAX_CHARS + 1), 'too-large'],
      [`${rows[0]}\r\n${'\r\n'.repeat(60_000)}`, 'too-large'],
    ];
    for (const [text, error] of cases) expect(parseReportCsv(text), text.slice(0, 80)).toMatchObject({ ok: false, error });
  });

  it('reads a huge file within a generous time', () => {
    const big = `${good.slice(0, good.indexOf('\r\n'))}\r\n${'2025-07,,1.001193,0,1,0,0,0,0,0,0,0\r\n'.repeat(40_000)}Tổng cộng,,,0,40000,0,0,0,0,0,0,0\r\n`;
    const started = performance.now();
    const read = parseReportCsv(big);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(read.ok && read.reports[0]?.total.proceduresHelped).toBe(40_000);
  });
});
