import { beforeAll, describe, expect, it } from 'vitest';
import { classifyItem } from '@/lib/checklist';
import { HELD_PAPERS, Knowledge, matchHeldPaper } from '@/lib/knowledge';
import { toNfc } from '@/lib/text';
import { portalRecords } from '../support/shared-procedures';

/**
 * Each held-paper entry against real row names of ../shared/data/portal-api.jsonl
 * (code → exact name). `skip`: the state holds it, do not ask. `kept`: the entry
 * recognises the paper but an exclusion (or the procedure itself) keeps it asked
 * for. `none`: the row is not about that paper at all.
 */
interface Case {
  code: string;
  name: string;
  procedure?: boolean;
}

/** Nghị quyết 66.7/2025/NQ-CP, Điều 4: one real row per paper the law says database information replaces. */
const SKIP: Record<string, Case[]> = {
  'cu-tru': [
    {
      code: '1.007664',
      name: 'Một trong các giấy tờ sau: Thẻ Căn cước công dân, Chứng minh nhân dân, Giấy xác nhận thông tin về cư trú, Giấy thông báo số định danh cá nhân và thông tin công dân trong Cơ sở dữ liệu quốc gia về dân cư',
      procedure: true,
    },
  ],
  'can-cuoc': [
    {
      code: '1.001193',
      name: '- Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng (sau đây gọi tắt là giấy tờ tùy thân) để chứng minh về nhân thân khi làm thủ tục trực tiếp tại cơ quan đăng ký hộ tịch.',
      procedure: true,
    },
    { code: '1.013159', name: 'Bản sao Căn cước công dân/căn cước', procedure: true },
    { code: '2.000140', name: '+ Bản sao chứng minh nhân dân hoặc hộ chiếu hoặc thẻ căn cước công dân', procedure: true },
    { code: '1.009543', name: '+ Thẻ căn cước công dân, thẻ căn cước hoặc Hộ chiếu còn giá trị sử dụng;', procedure: true },
  ],
  // Điều 4 khoản 2: civil-status papers were "never skipped" before the resolution.
  'khai-sinh': [{ code: '1.001471', name: '+ Bản sao giấy khai sinh hoặc trích lục khai sinh đối với người chưa đủ 14 tuổi;', procedure: true }],
  'ket-hon': [
    {
      code: '1.012894',
      name: '+ Bản sao có chứng thực hoặc bản sao kèm bản chính để đối chiếu giấy chứng nhận kết hôn đối với trường hợp là vợ chồng.',
      procedure: true,
    },
  ],
  'khai-tu': [{ code: '1.010456', name: '2. Bản sao Giấy chứng tử;', procedure: true }],
  'the-bhyt': [{ code: '1.008999', name: '2. Bản sao thẻ Bảo hiểm y tế;' }],
  'bao-hiem-xa-hoi': [{ code: '1.014171', name: 'Sổ bảo hiểm xã hội .', procedure: true }],
  'giay-phep-lai-xe': [{ code: '3.000352', name: 'Giấy phép lái xe' }],
  'dang-ky-doanh-nghiep': [{ code: '1.000056', name: 'Giấy chứng nhận đăng ký doanh nghiệp.', procedure: true }],
  'ho-kinh-doanh': [{ code: '2.001199', name: 'Bản sao Giấy chứng nhận đăng ký hộ kinh doanh', procedure: true }],
  'hop-tac-xa': [{ code: '2.002648', name: '(2) Bản sao Giấy chứng nhận đăng ký hợp tác xã;' }],
  'dang-ky-xe': [
    {
      code: '1.009165',
      name: '3. Trường hợp hạ bó vỉa hè để làm lối lên xuống giữa lòng đường và vỉa hè cho ô tô lên xuống, phải có bản sao giấy chứng nhận đăng ký xe ô tô.',
      procedure: true,
    },
  ],
  'dat-dai': [{ code: '1.115265', name: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất' }],
  'ly-lich-tu-phap': [
    {
      code: '1.009543',
      name: '+ Phiếu lý lịch tư pháp được cơ quan có thẩm quyền cấp trong thời hạn 06 tháng tính đến ngày Ủy ban Chứng khoán Nhà nước nhận được hồ sơ',
      procedure: true,
    },
  ],
  'giay-kham-suc-khoe': [{ code: '1.004756', name: 'Giấy chứng nhận sức khỏe;', procedure: true }],
  'thong-tin-duoc-khai-thac': [
    {
      code: '1.000485',
      name: '(3) Thông tin giấy chứng nhận đăng ký doanh nghiệp được khai thác trên Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp, không phải nộp bản sao nếu đã có thông tin dữ liệu.',
      procedure: true,
    },
  ],
};

/** Rows the entry recognises but that must still be asked for (or only advised on), with the exception that keeps them. */
const KEPT: { entry: string; why: string; case: Case }[] = [
  // Điều 2.3: foreigners, Vietnamese abroad, papers issued abroad.
  {
    entry: 'cu-tru',
    why: 'nuoc-ngoai',
    case: { code: '1.000080', name: '- Bản sao giấy tờ chứng minh nhân thân, giấy tờ chứng minh nơi thường trú ở khu vực biên giới của công dân nước láng giềng.' },
  },
  { entry: 'tinh-trang-hon-nhan', why: 'nuoc-ngoai', case: { code: '1.000808', name: 'Văn bản xác nhận tình trạng hôn nhân', procedure: true } },
  { entry: 'ly-lich-tu-phap', why: 'nuoc-ngoai', case: { code: '1.000808', name: 'Phiếu lý lịch tư pháp', procedure: true } },
  {
    entry: 'can-cuoc',
    why: 'nuoc-ngoai',
    case: { code: '1.000808', name: 'Hộ chiếu, Giấy chứng minh nhân dân hoặc giấy tờ có giá trị thay thế', procedure: true },
  },
  // The procedure issues, changes, re-issues or annotates that very paper.
  { entry: 'giay-phep-lai-xe', why: 'subject', case: { code: '3.000352', name: 'Giấy phép lái xe', procedure: true } },
  { entry: 'hop-tac-xa', why: 'subject', case: { code: '2.002648', name: '(2) Bản sao Giấy chứng nhận đăng ký hợp tác xã;', procedure: true } },
  { entry: 'dat-dai', why: 'subject', case: { code: '1.115265', name: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', procedure: true } },
  // The paper itself is handed in.
  { entry: 'dat-dai', why: 'nop-lai', case: { code: '1.012996', name: 'Giấy chứng nhận quyền sử dụng đất (bản gốc)' } },
  // A health certificate that must be recent: advice, not a skip.
  {
    entry: 'giay-kham-suc-khoe',
    why: 'suc-khoe-con-han',
    case: { code: '1.004941', name: 'Giấy khám sức khỏe trong thời gian 06 tháng tính  đến ngày nộp hồ sơ do cơ quan y tế cấp theo quy định của pháp luật' },
  },
  // "A và B": the held paper beside one the state does not hold.
  {
    entry: 'dang-ky-xe',
    why: 'partial',
    case: { code: '1.014029', name: 'Giấy tờ phương tiện (photo kèm bản chính để đối chiếu): Giấy chứng nhận đăng ký xe, sổ kiểm định kỹ thuật' },
  },
  {
    entry: 'can-cuoc',
    why: 'chua-so-hoa',
    case: {
      code: '1.001266',
      name: 'Trường hợp chưa có tài khoản định danh điện tử để thực hiện xác thực điện tử thì hồ sơ đăng ký hộ kinh doanh phải kèm theo bản sao thẻ Căn cước hoặc thẻ Căn cước công dân còn hiệu lực của người uỷ quyền.',
    },
  },
  {
    entry: 'can-cuoc',
    why: 'chung-minh-quoc-tich',
    case: { code: '1.001730', name: 'Bản sao Hộ chiếu Việt Nam, Giấy chứng minh nhân dân hoặc giấy tờ khác quy định tại Điều 11 của Luật quốc tịch năm 2008;' },
  },
  {
    entry: 'can-cuoc',
    why: 'nguoi-khac',
    case: {
      code: '1.014331',
      name: 'Căn cước điện tử hoặc bản sao hợp lệ thẻ căn cước hoặc giấy tờ tùy thân hợp lệ có số định danh cá nhân hoặc hộ chiếu của người mẹ sinh ra trẻ.',
    },
  },
  { entry: 'giay-phep-lai-xe', why: 'gplx-dac-biet', case: { code: '3.000346', name: 'Bản sao giấy phép lái xe quá thời hạn sử dụng, trừ trường hợp người có giấy phép lái xe quá thời hạn sử dụng và bị mất' } },
  {
    entry: 'giay-phep-lai-xe',
    why: 'nuoc-ngoai',
    case: {
      code: '3.000351',
      name: 'Bản dịch giấy phép lái xe nước ngoài ra tiếng Việt được bảo chứng chất lượng dịch thuật của cơ quan Công chứng tại Việt Nam, cơ quan đại diện Việt Nam ở nước ngoài mà người dịch làm việc, đóng dấu giáp lai với bản sao giấy phép lái xe;',
    },
  },
  { entry: 'dang-ky-xe', why: 'xe-to-chuc', case: { code: '1.002357', name: '- Giấy chứng nhận đăng ký xe ô tô (xuất trình);', procedure: true } },
  { entry: 'the-bhyt', why: 'bhyt-dac-biet', case: { code: '1.001321', name: 'Thẻ bảo hiểm y tế cũ;' } },
  { entry: 'the-bhyt', why: 'bhyt-cua-tre', case: { code: '1.008999', name: '2. Bản sao thẻ Bảo hiểm y tế;', procedure: true } },
  {
    entry: 'khai-sinh',
    why: 'chua-so-hoa',
    case: {
      code: '1.001456',
      name: 'Bản sao giấy khai sinh hoặc trích lục giấy khai sinh đối với người chưa đủ 14 tuổi chưa được cấp mã số định danh cá nhân; trường hợp không có bản sao Giấy khai sinh, trích lục khai sinh thì nộp bản chụp và xuất trình bản chính để kiểm tra, đối chiếu.',
    },
  },
];

/** "Một trong các giấy tờ", "hoặc", "/": one alternative the state holds is enough. */
const ALTERNATIVES: { entry: string; case: Case }[] = [
  {
    entry: 'can-cuoc',
    case: {
      code: '3.000527',
      name: 'Bản phôtô một trong các loại giấy tờ tùy thân: căn cước công dân hoặc thẻ căn cước, hộ chiếu, giấy khai sinh  (đối với người từ đủ 12 tuổi đến dưới 18 tuổi) của người nghiện ma túy.',
      procedure: true,
    },
  },
  {
    entry: 'cu-tru',
    case: {
      code: '3.000002',
      name: 'Giấy tờ xác định chủ thể HĐMBĐ là một trong các loại giấy tờ có tên của Tổ chức/cá nhân  tại địa điểm mua điện sau: Hộ khẩu thường trú; Sổ tạm trú; Giấy chứng nhận quyền sở hữu nhà; Quyết định phân nhà; Hợp đồng mua bán nhà; Hợp đồng thuê nhà có thời hạn từ 01 năm trở lên và đồng ý của chủ sở hữu; Giấy chứng nhận quyền sử dụng đất; Hợp đồng ủy quyền quản lý và sử dụng nhà/đất; Hợp đồng thuê địa điểm và đồng ý của chủ sở hữu; Giấy chứng nhận đăng ký doanh nghiệp; Giấy chứng nhận đăng ký kinh doanh; Giấy chứng nhận đăng ký hộ kinh doanh; Giấy chứng nhận đăng ký hoạt động chi nhánh, văn phòng đại diện; Giấy phép đầu tư; Quyết định thành lập đơn vị.',
    },
  },
];

/** Điều 8: asked only when the agency cannot retrieve the data: not uploaded, the agency must ask within 08 working hours. */
const FALLBACK: { entry: string | null; heldBy: string; case: Case }[] = [
  {
    entry: 'cu-tru',
    heldBy: 'CSDLQG về dân cư',
    case: {
      code: '1.001193',
      name: '- Giấy tờ có giá trị chứng minh thông tin về cư trú trong trường hợp cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú của công dân theo các phương thức quy định tại khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP ngày 21/12/2022 của Chính phủ. Trường hợp các thông tin về giấy tờ chứng minh nơi cư trú đã được khai thác từ Cơ sở dữ liệu quốc gia về dân cư bằng các phương thức này thì người có yêu cầu không phải xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực tuyến).',
    },
  },
  {
    entry: 'ket-hon',
    heldBy: 'CSDL hộ tịch điện tử',
    case: {
      code: '1.115260',
      name: 'Giấy chứng nhận kết hôn/ly hôn hoặc giấy tờ khác về tình trạng hôn nhân (nếu không khai thác được từ CSDL quốc gia về dân cư)',
      procedure: true,
    },
  },
  {
    entry: 'dang-ky-doanh-nghiep',
    heldBy: 'CSDLQG về đăng ký doanh nghiệp',
    case: {
      code: '1.002725',
      name: 'Bản sao Giấy chứng nhận đăng ký doanh nghiệp có đóng dấu của doanh nghiệp. Cơ quan tiếp nhận, giải quyết thủ tục hành chính khai thác, sử dụng thông tin đã có trong các cơ sở dữ liệu được cơ quan chủ quản cơ sở dữ liệu công bố để thay thế thành phần hồ sơ giải quyết thủ tục hành chính. Trường hợp không khai thác được thông tin hoặc thông tin khai thác được không đầy đủ, chính xác thì cơ quan, người có thẩm quyền tiếp nhận, giải quyết thủ tục hành chính yêu cầu cá nhân, tổ chức bổ sung thành phần hồ sơ để giải quyết thủ tục hành chính.',
    },
  },
  // No Điều 4 paper: the row names the database it falls back from.
  {
    entry: null,
    heldBy: 'CSDLQG về dân cư',
    case: {
      code: '1.115256',
      name: 'Giấy tờ chứng minh việc đổi tên/thay đổi thông tin cá nhân (bản sao hoặc xuất trình bản chính, nếu không khai thác được từ CSDL quốc gia về dân cư)',
      procedure: true,
    },
  },
];

const NONE: Case[] = [
  { code: '1.004055', name: 'Sơ yếu lý lịch, có dán ảnh kiểu chứng minh nhân dân cỡ 4x6cm, KHÔNG CẦN XÁC NHẬN CỦA UBND CẤP XÃ NƠI ĐĂNG KÝ NƠI ĐĂNG KÝ THƯỜNG TRÚ,' },
  { code: '1.000757', name: 'Phiếu đề nghị giải quyết thủ tục về căn cước (Mẫu DC02 ban hành kèm theo Thông tư số 17/2024/TT-BCA của Bộ Công an)' },
  { code: '3.000346', name: 'Đề nghị sát hạch để cấp giấy phép lái xe theo quy định tại Phụ lục I ban hành kèm theo Thông tư số 12/2025/TT-BCA' },
  { code: '1.001321', name: 'Đơn đề nghị cấp đổi thẻ bảo hiểm y tế' },
  {
    code: '1.002051',
    name: 'Tờ khai tham gia điều chỉnh thông tin BHXH, BHYT (Mẫu TK1-TS) đối với người tham gia lần đầu hoặc có mã số BHXH nhưng chưa đủ thông tin',
  },
];

const allCases = [...Object.values(SKIP).flat(), ...KEPT.map((k) => k.case), ...ALTERNATIVES.map((a) => a.case), ...FALLBACK.map((f) => f.case), ...NONE];
let procedureNames = new Map<string, string>();
let rowNames = new Map<string, Set<string>>();

beforeAll(async () => {
  const records = await portalRecords([...new Set(allCases.map((c) => c.code))]);
  procedureNames = new Map([...records].map(([code, r]) => [code, String(r.name)]));
  rowNames = new Map(
    [...records].map(([code, r]) => [
      code,
      new Set(
        ((r.executionCases ?? []) as { profileComponents?: { name?: string }[] }[]).flatMap((c) =>
          (c.profileComponents ?? []).map((p) => toNfc(p.name ?? '').trim()),
        ),
      ),
    ]),
  );
}, 60_000);

function expectReal(c: Case): void {
  expect(rowNames.get(c.code)?.has(toNfc(c.name).trim()), `${c.code}: "${c.name.slice(0, 60)}…" is a real row name`).toBe(true);
}
const input = (c: Case) => ({ name: c.name, procedureName: c.procedure ? procedureNames.get(c.code) : null });

describe('held-paper data', () => {
  it('validates against its schema, and the schema rejects a malformed entry', () => {
    expect(() => Knowledge.parse(HELD_PAPERS)).not.toThrow();
    const broken = structuredClone(HELD_PAPERS);
    (broken.papers[0] as { heldBy: string }).heldBy = '';
    expect(() => Knowledge.parse(broken)).toThrow();
    expect(() => Knowledge.parse({ ...HELD_PAPERS, papers: [{ ...HELD_PAPERS.papers[0], certainty: 'maybe' }] })).toThrow();
    // A paper must name a database the knowledge lists, and a rule may not end before it starts.
    expect(() => Knowledge.parse({ ...HELD_PAPERS, papers: [{ ...HELD_PAPERS.papers[0], database: 'khong-co' }] })).toThrow();
    expect(() => Knowledge.parse({ ...HELD_PAPERS, papers: [{ ...HELD_PAPERS.papers[0], validUntil: '2020-01-01' }] })).toThrow();
  });

  it('cites the resolution for every Điều 4 paper, and the rules of the resolution end with it', () => {
    for (const paper of HELD_PAPERS.papers) expect(paper.legalBasis, paper.id).toMatch(/^NQ 66\.7\/2025\/NQ-CP, Điều 4 khoản \d+/);
    const law = HELD_PAPERS.resolution;
    expect(law).toMatchObject({ citation: 'NQ 66.7/2025/NQ-CP', validFrom: '2026-01-01', validUntil: '2027-02-28' });
    // Only the papers that also rest on a standing law (residence, identity, VNeID-integrated papers) outlive it.
    const standing = HELD_PAPERS.papers.filter((p) => p.validUntil === null).map((p) => p.id);
    expect(standing.sort()).toEqual(['can-cuoc', 'cu-tru', 'dang-ky-xe', 'giay-phep-lai-xe', 'the-bhyt']);
  });

  it('has unique ids and a real example for every entry', () => {
    const ids = HELD_PAPERS.papers.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const covered = new Set([...Object.keys(SKIP), ...KEPT.map((k) => k.entry)]);
    expect(ids.filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe.each(Object.entries(SKIP))('%s: real rows the state holds', (id, cases) => {
  it.each(cases.map((c) => [c.code, c]))('%s is skipped, naming where it is held and why', (_code, c) => {
    expectReal(c);
    const match = matchHeldPaper(input(c));
    expect(match?.paper.id).toBe(id);
    expect(match?.exclusion).toBeNull();
    const classified = classifyItem({ ...input(c), kind: 'paper', group: null });
    expect(classified.action).toBe('skip');
    expect(classified.heldBy).toBe(match?.heldBy);
    expect(classified.reason).toContain(classified.heldBy);
    expect(classified.legalBasis).toBeTruthy();
  });
});

describe('real rows the entry recognises but must still be asked for', () => {
  it.each(KEPT.map((k) => [k.entry, k.why, k.case.code, k]))('%s (%s) — %s', (_e, _w, _c, { entry, why, case: c }) => {
    expectReal(c);
    const match = matchHeldPaper(input(c));
    expect(match?.paper.id).toBe(entry);
    if (why === 'partial') expect(match?.partial && !match.alternatives).toBe(true);
    else if (why === 'subject') expect(match?.subjectOfProcedure).toBe(true);
    else expect(match?.exclusion?.id).toBe(why);
    const classified = classifyItem({ ...input(c), kind: 'paper', group: null });
    expect(classified.action).not.toBe('skip');
    expect(classified.heldBy).toBeNull();
  });

  it('advises on a health certificate that must be recent instead of asserting it is not needed', () => {
    const c = KEPT.find((k) => k.why === 'suc-khoe-con-han')?.case as Case;
    const classified = classifyItem({ ...input(c), kind: 'paper', group: null });
    expect(classified.reasonCodes.map((r) => r.code)).toEqual(['upload', 'hint.advise']);
    expect(classified.reason).toMatch(/Có thể không cần: .*sổ sức khỏe điện tử/);
  });
});

describe('alternatives: one the state holds is enough', () => {
  it.each(ALTERNATIVES.map((a) => [a.entry, a.case.code, a]))('%s — %s', (_e, _c, { entry, case: c }) => {
    expectReal(c);
    const match = matchHeldPaper(input(c));
    expect(match).toMatchObject({ partial: true, alternatives: true });
    expect(match?.paper.id).toBe(entry);
    const classified = classifyItem({ ...input(c), kind: 'paper', group: null });
    expect(classified.action).toBe('skip');
    expect(classified.reasonCodes[0]).toMatchObject({ code: 'held.alternative', params: { paper: entry } });
    // The reason says which alternative the state answers for.
    expect(classified.reason).toContain(HELD_PAPERS.papers.find((p) => p.id === entry)?.what.vi);
  });
});

describe('fallback-only conditions (NQ 66.7/2025/NQ-CP, Điều 8)', () => {
  it.each(FALLBACK.map((f) => [f.entry ?? 'no Điều 4 paper', f.case.code, f]))('%s — %s', (_e, _c, { entry, heldBy, case: c }) => {
    expectReal(c);
    const classified = classifyItem({ ...input(c), kind: 'paper', group: null });
    expect(classified).toMatchObject({ action: 'skip', heldBy, heldPaper: entry, legalBasis: 'NQ 66.7/2025/NQ-CP, Điều 8' });
    expect(classified.reason).toMatch(/chỉ nộp khi cơ quan yêu cầu.*08 giờ làm việc/);
  });
});

describe('real rows about something else', () => {
  it.each(NONE.map((c) => [c.code, c]))('%s matches no held paper', (_code, c) => {
    expectReal(c);
    expect(matchHeldPaper(input(c))).toBeNull();
    expect(classifyItem({ ...input(c), kind: 'paper', group: null }).action).not.toBe('skip');
  });
});

describe('phrasings with and without diacritics, abbreviations, tone styles', () => {
  it.each([
    ['Bản sao CCCD', 'can-cuoc'],
    ['Ban sao can cuoc cong dan', 'can-cuoc'],
    ['CMND (bản chụp)', 'can-cuoc'],
    ['Bản sao GPLX', 'giay-phep-lai-xe'],
    ['Bản chụp thẻ BHYT', 'the-bhyt'],
    ['Mã số BHXH', 'bao-hiem-xa-hoi'],
    ['Mã số bảo hiểm xã hội', 'bao-hiem-xa-hoi'],
    ['Bản sao giấy đăng ký kết hôn', 'ket-hon'],
    ['Phieu ly lich tu phap so 1', 'ly-lich-tu-phap'],
    ['So ho khau', 'cu-tru'],
    ['Giấy tờ tuỳ thân: thẻ căn cước', 'can-cuoc'],
  ])('%s → %s', (name, id) => {
    expect(matchHeldPaper({ name })?.paper.id).toBe(id);
  });
});
