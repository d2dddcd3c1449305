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
  'giay-phep-lai-xe': [{ code: '3.000352', name: 'Giấy phép lái xe' }],
  'dang-ky-xe': [
    {
      code: '1.009165',
      name: '3. Trường hợp hạ bó vỉa hè để làm lối lên xuống giữa lòng đường và vỉa hè cho ô tô lên xuống, phải có bản sao giấy chứng nhận đăng ký xe ô tô.',
      procedure: true,
    },
  ],
  'the-bhyt': [{ code: '1.008999', name: '2. Bản sao thẻ Bảo hiểm y tế;' }],
  'thong-tin-duoc-khai-thac': [
    {
      code: '1.000485',
      name: '(3) Thông tin giấy chứng nhận đăng ký doanh nghiệp được khai thác trên Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp, không phải nộp bản sao nếu đã có thông tin dữ liệu.',
      procedure: true,
    },
  ],
};

const KEPT: { entry: string; why: string; case: Case }[] = [
  {
    entry: 'cu-tru',
    why: 'khong-khai-thac-duoc',
    case: {
      code: '1.001193',
      name: '- Giấy tờ có giá trị chứng minh thông tin về cư trú trong trường hợp cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú của công dân theo các phương thức quy định tại khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP ngày 21/12/2022 của Chính phủ. Trường hợp các thông tin về giấy tờ chứng minh nơi cư trú đã được khai thác từ Cơ sở dữ liệu quốc gia về dân cư bằng các phương thức này thì người có yêu cầu không phải xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực tuyến).',
    },
  },
  {
    entry: 'cu-tru',
    why: 'nuoc-ngoai',
    case: { code: '1.000080', name: '- Bản sao giấy tờ chứng minh nhân thân, giấy tờ chứng minh nơi thường trú ở khu vực biên giới của công dân nước láng giềng.' },
  },
  {
    entry: 'cu-tru',
    why: 'partial',
    case: {
      code: '3.000002',
      name: 'Giấy tờ xác định chủ thể HĐMBĐ là một trong các loại giấy tờ có tên của Tổ chức/cá nhân  tại địa điểm mua điện sau: Hộ khẩu thường trú; Sổ tạm trú; Giấy chứng nhận quyền sở hữu nhà; Quyết định phân nhà; Hợp đồng mua bán nhà; Hợp đồng thuê nhà có thời hạn từ 01 năm trở lên và đồng ý của chủ sở hữu; Giấy chứng nhận quyền sử dụng đất; Hợp đồng ủy quyền quản lý và sử dụng nhà/đất; Hợp đồng thuê địa điểm và đồng ý của chủ sở hữu; Giấy chứng nhận đăng ký doanh nghiệp; Giấy chứng nhận đăng ký kinh doanh; Giấy chứng nhận đăng ký hộ kinh doanh; Giấy chứng nhận đăng ký hoạt động chi nhánh, văn phòng đại diện; Giấy phép đầu tư; Quyết định thành lập đơn vị.',
    },
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
  {
    entry: 'can-cuoc',
    why: 'nuoc-ngoai',
    case: { code: '1.000808', name: 'Hộ chiếu, Giấy chứng minh nhân dân hoặc giấy tờ có giá trị thay thế', procedure: true },
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
  { entry: 'giay-phep-lai-xe', why: 'subject', case: { code: '3.000352', name: 'Giấy phép lái xe', procedure: true } },
  { entry: 'dang-ky-xe', why: 'xe-to-chuc', case: { code: '1.002357', name: '- Giấy chứng nhận đăng ký xe ô tô (xuất trình);', procedure: true } },
  {
    entry: 'dang-ky-xe',
    why: 'partial',
    case: { code: '1.014029', name: 'Giấy tờ phương tiện (photo kèm bản chính để đối chiếu): Giấy chứng nhận đăng ký xe, sổ kiểm định kỹ thuật' },
  },
  { entry: 'the-bhyt', why: 'bhyt-dac-biet', case: { code: '1.001321', name: 'Thẻ bảo hiểm y tế cũ;' } },
  { entry: 'the-bhyt', why: 'bhyt-cua-tre', case: { code: '1.008999', name: '2. Bản sao thẻ Bảo hiểm y tế;', procedure: true } },
  { entry: 'ho-tich', why: 'often-held', case: { code: '1.003213', name: 'Giấy khai sinh.' } },
  {
    entry: 'ho-tich',
    why: 'chua-so-hoa',
    case: {
      code: '1.001456',
      name: 'Bản sao giấy khai sinh hoặc trích lục giấy khai sinh đối với người chưa đủ 14 tuổi chưa được cấp mã số định danh cá nhân; trường hợp không có bản sao Giấy khai sinh, trích lục khai sinh thì nộp bản chụp và xuất trình bản chính để kiểm tra, đối chiếu.',
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
  {
    code: '1.002725',
    name: 'Bản sao Giấy chứng nhận đăng ký doanh nghiệp có đóng dấu của doanh nghiệp. Cơ quan tiếp nhận, giải quyết thủ tục hành chính khai thác, sử dụng thông tin đã có trong các cơ sở dữ liệu được cơ quan chủ quản cơ sở dữ liệu công bố để thay thế thành phần hồ sơ giải quyết thủ tục hành chính. Trường hợp không khai thác được thông tin hoặc thông tin khai thác được không đầy đủ, chính xác thì cơ quan, người có thẩm quyền tiếp nhận, giải quyết thủ tục hành chính yêu cầu cá nhân, tổ chức bổ sung thành phần hồ sơ để giải quyết thủ tục hành chính.',
  },
];

const allCases = [...Object.values(SKIP).flat(), ...KEPT.map((k) => k.case), ...NONE];
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
  });

  it('has unique ids and a real example for every entry', () => {
    const ids = HELD_PAPERS.papers.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const covered = new Set([...Object.keys(SKIP), ...KEPT.map((k) => k.entry)]);
    // No real row asks for the BHXH number as a paper (it is only declared); its phrasings are tested below.
    expect(ids.filter((id) => !covered.has(id))).toEqual(['ma-so-bhxh']);
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
    if (why === 'partial') expect(match?.partial).toBe(true);
    else if (why === 'subject') expect(match?.subjectOfProcedure).toBe(true);
    else if (why === 'often-held') expect(match?.paper.certainty).toBe('often-held');
    else expect(match?.exclusion?.id).toBe(why);
    const classified = classifyItem({ ...input(c), kind: 'paper', group: null });
    expect(classified.action).not.toBe('skip');
    expect(classified.heldBy).toBeNull();
  });

  it('says the fallback residence paper is usually not needed, naming the database', () => {
    const c = KEPT[0]?.case as Case;
    const classified = classifyItem({ ...input(c), kind: 'paper', group: 'Giấy tờ phải xuất trình' });
    expect(classified.action).toBe('present');
    expect(classified.reason).toContain('CSDLQG về dân cư');
    expect(classified.reason).toMatch(/không khai thác được/);
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
    ['Mã số BHXH', 'ma-so-bhxh'],
    ['Mã số bảo hiểm xã hội', 'ma-so-bhxh'],
    ['So ho khau', 'cu-tru'],
    ['Giấy tờ tuỳ thân: thẻ căn cước', 'can-cuoc'],
  ])('%s → %s', (name, id) => {
    expect(matchHeldPaper({ name })?.paper.id).toBe(id);
  });
});
