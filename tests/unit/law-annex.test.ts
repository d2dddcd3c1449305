import { beforeAll, describe, expect, it } from 'vitest';
import { catalogChecklist } from '@/lib/catalog/schema';
import { decodeCatalog, encodeCatalog } from '@/lib/catalog/document';
import { checklistFromPortalRecord } from '@/lib/checklist';
import type { DetailedChecklist } from '@/lib/checklist/schema';
import { decodeReason, encodeReason, reasonText } from '@/lib/checklist/reason';
import { type AnnexIndex, AnnexIndex as AnnexIndexSchema, HELD_PAPERS, papersNamed, procedureCode } from '@/lib/knowledge';
import { missingItemIndices } from '@/lib/precheck/missing';
import { buildSlip } from '@/lib/precheck/slip';
import { loadAnnex } from '../../scripts/knowledge-annex';
import { readAllJsonl, readJsonl } from '../../scripts/shared-data';

/**
 * Phụ lục I and II of Nghị quyết 66.7/2025/NQ-CP (../shared/data/nq-66.7-2025/)
 * against the real procedures of ../shared/data/portal-api.jsonl.
 */
let index: AnnexIndex;
let unread: Awaited<ReturnType<typeof loadAnnex>>['unread'];
const records = new Map<string, Record<string, unknown>>();

beforeAll(async () => {
  ({ index, unread } = await loadAnnex());
  for await (const r of readJsonl<Record<string, unknown>>('portal-api.jsonl')) {
    const code = String(r.code).trim();
    if (index.procedures[code] && !records.has(code)) records.set(code, r);
  }
  for (const code of records.keys()) checklistOf(code);
}, 120_000);

const checklists = new Map<string, DetailedChecklist>();
/** The engine's checklist of a procedure of the annexes, built once. */
function checklistOf(code: string): DetailedChecklist {
  let checklist = checklists.get(code);
  if (!checklist) {
    checklist = checklistFromPortalRecord(records.get(code), index.procedures[code]).checklist;
    checklists.set(code, checklist);
  }
  return checklist;
}

describe('the annexes as a per-procedure index', () => {
  it('indexes every annex row that names a Điều 4 paper, with database names normalised', async () => {
    const rows = [...(await readAllJsonl('nq-66.7-2025/annex-1.jsonl')), ...(await readAllJsonl('nq-66.7-2025/annex-2.jsonl'))];
    const entries = Object.values(index.procedures).flat();
    expect(entries.length + unread.length).toBe(rows.length);
    // The few rows left name papers the knowledge has no entry for ("Giấy tờ về sử dụng đất", "Bảo hiểm xã hội").
    expect(unread.length).toBeLessThan(rows.length * 0.02);
    const known = new Set(HELD_PAPERS.databases.map((d) => d.id));
    for (const e of entries) for (const db of e.databases) expect(known.has(db)).toBe(true);
    // "CSDL quốc gia về dân cư", "Cơ sở dữ liệu quốc gia về dân cư", "CSDL dân cư" … are one database.
    const populationRows = entries.filter((e) => e.databases.includes('dan-cu')).length;
    expect(populationRows).toBeGreaterThan(100);
    expect(entries.filter((e) => e.databases.includes('khac')).length).toBeLessThan(10);
    expect(() => AnnexIndexSchema.parse(index)).not.toThrow();
    expect(index).toMatchObject({ source: 'NQ 66.7/2025/NQ-CP', validFrom: '2026-01-01', validUntil: '2027-02-28' });
  });

  it('reads a paper named only as lacking as no paper: the birth certificate of a child "chưa được cấp mã số định danh cá nhân" (Phụ lục I số 746)', async () => {
    const row = (await readAllJsonl<{ no: number; paper: string }>('nq-66.7-2025/annex-1.jsonl')).find((r) => r.no === 746);
    expect(papersNamed(row?.paper ?? '')).toEqual(['khai-sinh']);
    expect(index.procedures['1.001280']?.flatMap((e) => e.papers)).not.toContain('can-cuoc');
    // Named as a paper to give, the same words still name the identity card.
    expect(papersNamed('Bản sao giấy tờ có mã số định danh cá nhân của người đề nghị')).toEqual(['can-cuoc']);
    expect(papersNamed('Trường hợp chưa có thẻ căn cước thì nộp giấy khai sinh')).toEqual(['khai-sinh']);
  });

  it('cites the annex row for a paper an exception would otherwise keep (Phụ lục I, foreign adoption 1.000808)', () => {
    const item = checklistOf('1.000808').items.find((i) => i.name === 'Giấy khai sinh');
    expect(item).toMatchObject({ action: 'skip', heldPaper: 'khai-sinh' });
    expect(item?.legalBasis).toMatch(/^NQ 66\.7\/2025\/NQ-CP, Phụ lục I, số \d+$/);
    expect(item?.reasonCodes?.[0]?.code).toBe('held.annex');
    // Without the annex, the general rule keeps it: the procedure has a foreign element (Điều 2.3).
    const general = checklistFromPortalRecord(records.get('1.000808')).checklist.items.find((i) => i.name === 'Giấy khai sinh');
    expect(general?.action).toBe('upload');
  });

  it('covers the annex rows of the real procedures: the named paper is a skip item (coverage and misses printed)', () => {
    let total = 0;
    let covered = 0;
    let inDossier = 0;
    const misses: string[] = [];
    for (const code of records.keys()) {
      // A declaration to fill ("Giấy đề nghị đăng ký doanh nghiệp") names no paper to give.
      const items = checklistOf(code).items.filter((i) => i.kind === 'paper' && i.action !== 'fill');
      for (const entry of index.procedures[code] ?? []) {
        for (const paper of entry.papers) {
          total++;
          const naming = items.filter((i) => i.heldPaper === paper || papersNamed(i.name).includes(paper));
          if (naming.length) inDossier++;
          if (naming.some((i) => i.action === 'skip')) covered++;
          else if (naming.length) misses.push(`${code} Phụ lục ${entry.annex} số ${entry.no} ${paper}: ${naming[0]?.name.slice(0, 90)}`);
        }
      }
    }
    const rate = covered / inDossier;
    console.log(
      `Phụ lục I/II: ${records.size} thủ tục, ${total} giấy tờ; ${inDossier} có trong thành phần hồ sơ đã công bố, ${covered} là "skip" (${(rate * 100).toFixed(1)} %); ${total - inDossier} không có trong hồ sơ đã công bố.\n` +
        misses.join('\n'),
    );
    expect(records.size).toBeGreaterThan(510);
    // What stays asked: photos "kiểu thẻ căn cước", papers of foreign companies (Điều 2.3), what to give when the paper is lacking.
    expect(rate).toBeGreaterThan(0.94);
  });

  it('reads codes that lost their trailing zeros in the annex ("1.01417" is 1.014170)', () => {
    expect(procedureCode('1.01417')).toBe('1.014170');
    expect(procedureCode(' 1.001193 ')).toBe('1.001193');
    expect(procedureCode('2.00056')).toBe('2.000560');
    expect(index.procedures['1.014170']).toBeDefined();
    expect(index.procedures['1.01417']).toBeUndefined();
  });

  it('adds the named paper as its own skip after a row that also asks for papers the state does not hold, and keeps that row', () => {
    // 2.000361: "Bản sao: Giấy chứng nhận đăng ký doanh nghiệp, Giấy chứng nhận đăng ký đầu tư …, Giấy phép kinh doanh."
    const items = checklistOf('2.000361').items;
    const at = items.findIndex((i) => i.heldPaper === 'dang-ky-doanh-nghiep' && i.action === 'skip');
    expect(at).toBeGreaterThan(0);
    const parent = items[at - 1];
    expect(parent?.action).toBe('upload');
    expect(parent?.name).toMatch(/Giấy phép kinh doanh/);
    expect(items[at]).toMatchObject({ name: 'Giấy chứng nhận đăng ký doanh nghiệp', group: parent?.group, legalBasis: expect.stringMatching(/^NQ 66\.7\/2025\/NQ-CP, Phụ lục I, số \d+$/) });
    expect(items.filter((i) => i.heldPaper === 'dang-ky-doanh-nghiep' && i.action === 'skip')).toHaveLength(1);
  });

  it('lifts the paper of a Vietnamese beside a foreigner\'s alternative, never a paper issued abroad or a photo', () => {
    // "… giấy chứng minh nhân dân hoặc thẻ căn cước công dân (nếu là người Việt Nam) hoặc bản sao hộ chiếu (nếu là người nước ngoài) …"
    expect(checklistOf('1.000376').items.some((i) => i.heldPaper === 'can-cuoc' && i.action === 'skip')).toBe(true);
    // "Bản sao Giấy đăng ký kinh doanh … của doanh nghiệp kinh doanh dịch vụ lữ hành nước ngoài": issued abroad (Điều 2.3).
    expect(checklistOf('1.003717').items.some((i) => i.heldPaper === 'dang-ky-doanh-nghiep' && i.action === 'skip')).toBe(false);
    // The same paper of a foreign company, in a row that itself says "Trường hợp thông tin … đã có trên Cơ sở dữ liệu quốc gia … thì không phải nộp bản sao".
    expect(checklistOf('1.009374').items.some((i) => i.heldPaper === 'dang-ky-doanh-nghiep' && i.action === 'skip')).toBe(true);
    // "01 ảnh màu … kiểu thẻ căn cước": Phụ lục I names the card, the photo is still taken.
    const photo = checklistOf('1.004993').items.find((i) => /ảnh màu/.test(i.name));
    expect(photo?.action).toBe('upload');
    expect(checklistOf('1.004993').items.some((i) => i.action === 'skip' && i.heldPaper === 'can-cuoc')).toBe(false);
  });
});

describe('reasons: codes in the domain and the catalog, words in the UI language', () => {
  const codes = () => checklistOf('1.001193').items.find((i) => i.heldPaper === 'cu-tru')?.reasonCodes ?? [];

  it('keeps codes in the stored catalog and words them back in Vietnamese and English', async () => {
    const record = records.get('1.001193') ?? (await readAllJsonl<Record<string, unknown>>('portal-api.jsonl')).find((r) => r.code === '1.001193');
    const checklist = catalogChecklist(checklistFromPortalRecord(record, index.procedures['1.001193']));
    const procedure = { code: '1.001193', id: null, name: 'Thủ tục đăng ký khai sinh', field: null, levels: [], agency: null, keywords: [], forCitizens: true, source: 'bundle' as const, updated: '2026-12-07', checklist };
    const doc = await encodeCatalog({ version: 1, date: '2026-12-07' }, [procedure]);
    expect(doc.strings.some((s) => s.startsWith('Không cần nộp'))).toBe(false);
    const [back] = decodeCatalog(doc, 'bundle');
    expect(back?.checklist?.items.map((i) => [i.action, i.reason])).toEqual(checklist.items.map((i) => [i.action, i.reason]));
    const held = back?.checklist?.items.find((i) => i.action === 'skip' && i.heldBy === 'CSDLQG về dân cư');
    const parts = held?.reasonCodes ?? [];
    expect(reasonText(parts, 'en', new Date('2026-12-07'))).toMatch(/^Do not upload: give it only if the agency asks; .*08 working hours/);
    expect(decodeReason(encodeReason(parts))).toEqual(parts);
  });

  it('says the rule may have changed after the resolution ends, instead of asserting it', () => {
    const parts = codes();
    expect(parts[0]?.params.validUntil).toBe('2027-02-28');
    expect(reasonText(parts, 'vi', new Date('2027-02-28T12:00:00Z'))).toMatch(/^Không tải lên/);
    expect(reasonText(parts, 'vi', new Date('2027-03-01T12:00:00Z'))).toBe(
      'Quy định miễn nộp giấy tờ này (NQ 66.7/2025/NQ-CP, Điều 8) hết hiệu lực ngày 28/02/2027: quy định có thể đã thay đổi, hãy hỏi nơi tiếp nhận trước khi chuẩn bị.',
    );
    expect(reasonText(parts, 'en', new Date('2027-03-01T12:00:00Z'))).toMatch(/ended on 28\/02\/2027: it may have changed/);
  });
});

describe('everything that reads an action agrees', () => {
  it('never counts a skip paper missing, and puts every one on the slip under "held by the state"', () => {
    const checklist = checklistOf('1.001193');
    const skips = checklist.items.map((item, i) => [item, i] as const).filter(([item]) => item.action === 'skip');
    expect(skips.length).toBeGreaterThanOrEqual(2);
    const missing = missingItemIndices(checklist, new Set());
    for (const [, i] of skips) expect(missing).not.toContain(i);
    const slip = buildSlip(checklist, [], missing, new Date(2026, 11, 7));
    expect(slip.heldByState.map((p) => p.name)).toEqual(skips.map(([item]) => item.name));
    expect(slip.needed.map((p) => p.name).filter((name) => skips.some(([item]) => item.name === name))).toEqual([]);
  });
});
