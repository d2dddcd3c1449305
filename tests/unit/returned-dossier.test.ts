import { beforeAll, describe, expect, it } from 'vitest';
import { readAllJsonl } from '../../scripts/shared-data';
import type { CatalogProcedure } from '@/lib/catalog/schema';
import { reportCsv } from '@/lib/session/csv';
import { monthReport } from '@/lib/session/monthly-report';
import { assessRequestedPapers, asksForStateHeld, type ReturnedDossier, returnedSlip } from '@/lib/session/returned';
import { dayKey, EMPTY_TALLIES, recordTally } from '@/lib/session/tally';
import { parseCsv } from '../support/csv';
import { realProcedures } from '../support/real-catalog';

/** Real procedures of ../shared/data, as the bundled catalog holds them. */
let byCode: Map<string, CatalogProcedure>;
/** Phụ lục I of NQ 66.7/2025/NQ-CP, by row number. */
let annexI: Map<number, { code: string; paper: string }>;

beforeAll(async () => {
  byCode = new Map((await realProcedures()).map((p) => [p.code, p]));
  annexI = new Map((await readAllJsonl<{ no: number; code: string; paper: string }>('nq-66.7-2025/annex-1.jsonl')).map((r) => [r.no, r]));
});

function procedure(code: string) {
  const found = byCode.get(code);
  if (!found?.checklist) throw new Error(`no checklist for ${code}`);
  return { ref: { code: found.code, name: found.name }, items: found.checklist.items };
}

const assess = (code: string, names: string[]) => {
  const { ref, items } = procedure(code);
  return assessRequestedPapers(names, ref, items);
};

/** The annex row a basis cites ("…, Phụ lục I, số 476"), read back from the resolution's own data. */
function citedAnnexRow(basis: string | null) {
  const no = /Phụ lục I, số (\d+)/.exec(basis ?? '')?.[1];
  return no ? annexI.get(Number(no)) : undefined;
}

const KET_HON = '1.000894'; // Thủ tục đăng ký kết hôn (civil status)
const THUONG_TRU = '1.004222'; // Đăng ký thường trú (residence)

describe('which requested papers the state holds', () => {
  it('keeps the catalog decision for an identity paper picked from the marriage checklist, citing its own Phụ lục I row', () => {
    const identity = procedure(KET_HON).items.find((i) => i.name.startsWith('Hộ chiếu/Thẻ căn cước công dân'));
    expect(identity).toBeDefined();
    const [paper] = assess(KET_HON, [identity?.name ?? '']);
    expect(paper).toMatchObject({ name: identity?.name, held: true });
    expect(citedAnnexRow(paper?.legalBasis ?? null)).toMatchObject({ code: KET_HON, paper: 'Căn cước' });
  });

  it('flags typed residence and identity papers under Điều 4, with the procedure annex row when its checklist has one', () => {
    const [hoKhau, cccd] = assess(KET_HON, ['Bản sao sổ hộ khẩu', 'Bản photo CCCD']);
    expect(hoKhau).toMatchObject({ held: true, heldBy: 'CSDLQG về dân cư' });
    expect(hoKhau?.legalBasis).toContain('Điều 4 khoản 1 điểm b');
    expect(cccd?.held).toBe(true);
    expect(citedAnnexRow(cccd?.legalBasis ?? null)?.code).toBe(KET_HON);
  });

  it('flags civil-status papers picked or typed for permanent residence (Phụ lục I), and not the lease', () => {
    const { items } = procedure(THUONG_TRU);
    const lease = items.find((i) => i.name.startsWith('Hợp đồng, văn bản về việc cho thuê'));
    expect(lease).toBeDefined();
    const result = assess(THUONG_TRU, ['Giấy xác nhận tình trạng hôn nhân', 'giấy chứng nhận kết hôn', lease?.name ?? '']);
    expect(result.map((p) => p.held)).toEqual([true, true, false]);
    for (const held of result.slice(0, 2)) expect(citedAnnexRow(held.legalBasis)?.code).toBe(THUONG_TRU);
    // A typed name matching a checklist row takes the row's wording.
    expect(result[1]?.name).toBe('Giấy chứng nhận kết hôn');
    expect(result[2]).toMatchObject({ heldBy: null, legalBasis: null });
  });

  it('does not flag papers the state does not hold, nor held papers under an exception', () => {
    const result = assess(KET_HON, [
      'Giấy xác nhận của cơ sở y tế',
      'Bản dịch hộ chiếu nước ngoài có chứng thực',
      'Thẻ tạm trú của người nước ngoài',
      'Ảnh chân dung kiểu căn cước',
    ]);
    expect(result.map((p) => [p.name, p.held])).toEqual(result.map((p) => [p.name, false]));
    expect(result).toHaveLength(4);
  });

  it('drops blank and repeated names and keeps hostile text as plain text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const long = `Giấy ${'rất '.repeat(480)}dài`;
    const result = assess(KET_HON, ['', '   ', '\n', 'SỔ HỘ KHẨU', 'sổ hộ khẩu', 'So ho khau', hostile, long]);
    expect(result.map((p) => p.name)).toEqual(['SỔ HỘ KHẨU', hostile, long.trim()]);
    expect(result.map((p) => p.held)).toEqual([true, false, false]);
  });
});

describe('the note and the tally', () => {
  const record = (papers: string[]): ReturnedDossier => ({
    id: 'r1',
    at: new Date(2026, 11, 7, 10, 30).getTime(),
    procedure: procedure(KET_HON).ref,
    papers: assess(KET_HON, papers),
  });

  it('lists the papers to bring apart from those the agency may not ask for, with the article', () => {
    const slip = returnedSlip(record(['Giấy xác nhận của cơ sở y tế', 'Bản sao sổ hộ khẩu']));
    expect(slip).toMatchObject({ kind: 'returned', procedure: { code: KET_HON }, date: '2026-12-07' });
    expect(slip.needed.map((p) => p.name)).toEqual(['Giấy xác nhận của cơ sở y tế']);
    expect(slip.heldByState).toHaveLength(1);
    expect(slip.heldByState[0]?.legalBasis).toContain('NQ 66.7/2025/NQ-CP, Điều 4');
  });

  it('counts returned dossiers for their own procedure, and those asking for state-held papers, in the report and its CSV', () => {
    const day = dayKey(new Date(2026, 11, 7));
    const held = record(['Bản sao sổ hộ khẩu', 'Giấy xác nhận của cơ sở y tế']);
    const notHeld = record(['Giấy xác nhận của cơ sở y tế']);
    expect([asksForStateHeld(held), asksForStateHeld(notHeld)]).toEqual([true, false]);
    let tallies = EMPTY_TALLIES;
    for (const r of [held, notHeld, held]) {
      tallies = recordTally(tallies, day, { kind: 'dossier-returned', stateHeld: asksForStateHeld(r) }, { place: null, code: r.procedure.code });
    }
    const report = monthReport(tallies, '2026-12');
    expect(report.total).toMatchObject({ dossiersReturned: 3, returnedForHeldPapers: 2 });
    const rows = parseCsv(reportCsv(report).slice(1));
    const header = rows[0] ?? [];
    const row = rows.find((r) => r[2] === KET_HON) ?? [];
    expect(row[header.indexOf('Hồ sơ bị yêu cầu bổ sung')]).toBe('3');
    expect(row[header.indexOf('Trong đó yêu cầu giấy tờ Nhà nước đã có')]).toBe('2');
    // Only counts: no paper name reaches the CSV.
    expect(rows.flat().join(' ')).not.toMatch(/hộ khẩu|y tế/i);
  });
});
