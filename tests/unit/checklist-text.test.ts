import { beforeAll, describe, expect, it } from 'vitest';
import { checklistFromText } from '@/lib/checklist';
import { splitFormFiles } from '@/lib/checklist/from-text';
import { toNfc } from '@/lib/text';
import { readAllJsonl, readJsonl } from '../../scripts/shared-data';
import { portalRecords, procedureText, procedureTexts } from '../support/shared-procedures';

/**
 * Each kind of mess in real "Thành phần hồ sơ" texts, quoted from
 * ../shared/data/procedures.jsonl (field `dossier`) with the procedure code;
 * each test first checks the quote is really in the data.
 */
async function realText(code: string, quote: string): Promise<string> {
  const { dossier } = await procedureText(code);
  expect(toNfc(dossier)).toContain(toNfc(quote));
  return quote;
}

beforeAll(async () => {
  await procedureTexts();
}, 60_000);

describe('cells run together (the crawler flattened the table)', () => {
  it('splits rows at their counts and reads an untitled case ("--") as no group — 1.000178', async () => {
    const text = await realText(
      '1.000178',
      '--Tên giấy tờMẫu đơn, tờ khaiSố lượngTài liệu, chứng cứ do các bên cung cấp1 bản chínhQuyết định giải quyết khiếu nại1 bản chínhBáo cáo kết quả xác minh nội dung khiếu nại1 bản chính',
    );
    const { checklist, unread } = checklistFromText(text);
    expect(checklist.items.map((i) => [i.name, i.original, i.copies, i.group])).toEqual([
      ['Tài liệu, chứng cứ do các bên cung cấp', 1, 0, null],
      ['Quyết định giải quyết khiếu nại', 1, 0, null],
      ['Báo cáo kết quả xác minh nội dung khiếu nại', 1, 0, null],
    ]);
    expect(unread).toEqual([]);
  });

  it('reads "1 bản chính,1 bản sao" and template files run onto the name — 1.000931', async () => {
    const text = await realText(
      '1.000931',
      '--Tên giấy tờMẫu đơn, tờ khaiSố lượngĐơn xin phép cho thân nhân vào khu vực cấm, khu vực biên giới (mẫu NA15) ban hành kèm Thông tư 22/2023/TT-BCA ngày 30/6/2023 của Bộ Công an.NA15.pdf1 bản chính,1 bản saoCông văn đề nghị cấp giấy phép vào khu vực cấm, khu vực biên giới (mẫu NA14) ban hành kèm Thông tư số 04/2015/TT-BCA ngày 05/01/2015 của Bộ Công an.12-Mẫu NA14 2015.doc1 bản chính',
    );
    const [first, second] = checklistFromText(text).checklist.items;
    expect(first).toMatchObject({
      name: 'Đơn xin phép cho thân nhân vào khu vực cấm, khu vực biên giới (mẫu NA15) ban hành kèm Thông tư 22/2023/TT-BCA ngày 30/6/2023 của Bộ Công an.',
      original: 1,
      copies: 1,
      form: 'NA15.pdf',
    });
    expect(second).toMatchObject({ original: 1, copies: 0, form: '12-Mẫu NA14 2015.doc' });
    expect(second?.name.endsWith('của Bộ Công an.')).toBe(true);
  });

  it('finds where an accent-stripped file name starts — 1.000253', async () => {
    const text = await realText(
      '1.000253',
      '--Tên giấy tờMẫu đơn, tờ khaiSố lượngPhiếu khai báo tạm trú cho người nước ngoài (mẫu NA17)101-Mau A17 tam tru cho nguoi nuoc ngoai.doc1 bản chính',
    );
    const [item] = checklistFromText(text).checklist.items;
    expect(item).toMatchObject({
      name: 'Phiếu khai báo tạm trú cho người nước ngoài (mẫu NA17)',
      form: '101-Mau A17 tam tru cho nguoi nuoc ngoai.doc',
      action: 'fill',
    });
  });

  it('does not end a row at a count inside a sentence ("+ 01 bản chính văn bản …") — 1.000811', async () => {
    const text = await realText(
      '1.000811',
      '+ 01 bản chính văn bản cho phép sử dụng thẻ của cấp có thẩm quyền được cấp trong vòng 06 tháng tính đến ngày nộp hồ sơ; trường hợp quá thời hạn 06 tháng cơ quan, tổ chức, doanh nghiệp có trách nhiệm đề nghị cấp có thẩm quyền cấp lại văn bản cho phép doanh nhân sử dụng thẻ ABTC.1 bản chính',
    );
    const items = checklistFromText(`--Tên giấy tờMẫu đơn, tờ khaiSố lượng${text}`).checklist.items;
    expect(items).toHaveLength(1);
    expect(items[0]?.name.startsWith('01 bản chính văn bản cho phép')).toBe(true);
    expect(items[0]?.name.endsWith('sử dụng thẻ ABTC.')).toBe(true);
  });

  it('ends a row at a count followed by a lettered row "d) …" — 1.001294', async () => {
    const text = await realText(
      '1.001294',
      '--Tên giấy tờMẫu đơn, tờ khaiSố lượngb) Danh sách người lao động, học sinh, sinh viên và thân nhân sĩ quan, hạ sĩ quan, chiến sĩ trong Công an nhân dân tham gia bảo hiểm y tế;Mau01-DS(BHYT).doc1 bản chínhd) Văn bản đề nghị cấp lại thẻ bảo hiểm y tế',
    );
    const items = checklistFromText(text).checklist.items;
    expect(items.map((i) => i.name)).toEqual([
      'Danh sách người lao động, học sinh, sinh viên và thân nhân sĩ quan, hạ sĩ quan, chiến sĩ trong Công an nhân dân tham gia bảo hiểm y tế',
      'Văn bản đề nghị cấp lại thẻ bảo hiểm y tế',
    ]);
    expect(items[0]?.form).toBe('Mau01-DS(BHYT).doc');
  });
});

describe('template file names run onto names', () => {
  it('recovers most real file names exactly, rebuilt as the crawler flattened them from portal-api.jsonl', async () => {
    let right = 0;
    let total = 0;
    for await (const record of readJsonl<{ executionCases?: { profileComponents?: { name: string; attachments: { fileName: string }[] }[] }[] }>('portal-api.jsonl')) {
      for (const c of record.executionCases ?? []) {
        for (const p of c.profileComponents ?? []) {
          const files = p.attachments.map((a) => toNfc(a.fileName)).filter(Boolean);
          if (!files.length) continue;
          total++;
          if (JSON.stringify(splitFormFiles(toNfc(p.name + files.join(''))).files) === JSON.stringify(files)) right++;
        }
      }
    }
    expect(total).toBeGreaterThan(5000);
    expect(right / total).toBeGreaterThan(0.9);
  }, 60_000);
});

describe('case titles, notes and what to show', () => {
  it('takes "* Giấy tờ phải nộp:", "* Giấy tờ phải xuất trình:", "* Lưu ý:" as cases — 1.001193', async () => {
    const { dossier, name, code } = await procedureText('1.001193');
    const { checklist } = checklistFromText(dossier, { code, name });
    const groups = [...new Set(checklist.items.map((i) => i.group))];
    expect(groups).toEqual(['Giấy tờ phải nộp', 'Giấy tờ phải xuất trình', 'Lưu ý', null]);
    // Every "* Lưu ý:" row is an explanation ("0 bản chính"), shown with its case, never a paper to bring.
    const cautions = checklist.items.filter((i) => i.group === 'Lưu ý');
    expect(cautions.length).toBeGreaterThan(10);
    expect(cautions.every((i) => i.kind === 'note' && i.original === null)).toBe(true);
    // Papers listed under "phải xuất trình" are never uploaded; the residence paper, asked only when the
    // database cannot answer, is not even shown (NQ 66.7/2025, Điều 8).
    const shown = checklist.items.filter((i) => i.group === 'Giấy tờ phải xuất trình' && i.kind === 'paper');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((i) => i.action === 'present' || i.action === 'skip')).toBe(true);
    const residence = checklist.items.find((i) => i.name.startsWith('Giấy tờ có giá trị chứng minh thông tin về cư trú'));
    expect(residence?.action).toBe('skip');
  });

  it('makes "Trường hợp … thì không phải nộp bản giấy" a note — 1.001193', async () => {
    const quote = await realText(
      '1.001193',
      'Trường hợp người yêu cầu đã nộp bản điện tử Giấy chứng sinh hoặc cơ quan đăng ký hộ tịch đã khai thác được dữ liệu điện tử có ký số của Giấy chứng sinh thì không phải nộp bản giấy.0 bản chính',
    );
    const [item] = checklistFromText(`* Giấy tờ phải nộp:Tên giấy tờMẫu đơn, tờ khaiSố lượng${quote}`).checklist.items;
    expect(item).toMatchObject({ kind: 'note', original: null, copies: null, group: 'Giấy tờ phải nộp' });
  });

  it('makes "Số lượng hồ sơ: 01 (một) bộ" a note even with a count — 1.000236 and 1.000811', async () => {
    await realText('1.000236', 'Số lượng hồ sơ: 01 (một) bộ.0 bản chính');
    await realText('1.000811', '* Số lượng hồ sơ: 01 (một) bộ.1 bản chính');
    const items = checklistFromText(
      '--Tên giấy tờMẫu đơn, tờ khaiSố lượngSố lượng hồ sơ: 01 (một) bộ.0 bản chính* Số lượng hồ sơ: 01 (một) bộ.1 bản chính',
    ).checklist.items;
    expect(items.map((i) => i.kind)).toEqual(['note', 'note']);
  });

  it('marks a case "gồm một trong các giấy tờ" as alternatives (oneOf) — 2.000829', async () => {
    const { dossier } = await procedureText('2.000829');
    expect(dossier).toContain('1. Giấy tờ chứng minh là người có công với cách mạng gồm một trong các giấy tờ sau:Tên giấy tờ');
    const items = checklistFromText(dossier).checklist.items.filter((i) => i.group?.startsWith('Giấy tờ chứng minh là người có công'));
    expect(items.length).toBeGreaterThan(2);
    expect(new Set(items.map((i) => i.oneOf))).toEqual(new Set(['Giấy tờ chứng minh là người có công với cách mạng gồm một trong các giấy tờ sau']));
  });

  it('pairs the paper declaration and the online interactive form as one-of — 1.001193', async () => {
    const { dossier } = await procedureText('1.001193');
    const declarations = checklistFromText(dossier).checklist.items.filter((i) => i.action === 'fill');
    expect(declarations).toHaveLength(2);
    expect(declarations[0]?.name.startsWith('Tờ khai đăng ký khai sinh theo mẫu (nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tiếp')).toBe(true);
    expect(declarations[1]?.name.startsWith('Mẫu hộ tịch điện tử tương tác đăng ký khai sinh')).toBe(true);
    expect(declarations[0]?.oneOf).toBeTruthy();
    expect(declarations[0]?.oneOf).toBe(declarations[1]?.oneOf);
  });
});

describe('cut, misplaced and empty sections', () => {
  it('reports a row cut before its count — 1.009539', async () => {
    const text = await realText('1.009539', '--Tên giấy tờMẫu đơn, tờ khaiSố lượngTại Bước 7:  +');
    const { checklist, unread } = checklistFromText(text);
    expect(checklist.items).toHaveLength(1);
    expect(checklist.items[0]?.original).toBeNull();
    expect(unread.join(' ')).toMatch(/không có số lượng, có thể bị cắt/);
  });

  it('reports a section that starts mid-sentence with steps in it, without throwing — 1.001521', async () => {
    const { dossier } = await procedureText('1.001521');
    expect(dossier.startsWith('); nộp hồ sơ cho cơ quan BHXH')).toBe(true);
    const { unread } = checklistFromText(dossier);
    expect(unread[0]).toMatch(/bắt đầu giữa câu/);
    expect(unread.join(' ')).toMatch(/Bước/);
  });

  it('returns nothing, and says so, for an untitled empty section "--" — 1.014951', async () => {
    const text = await realText('1.014951', '--');
    const { checklist, unread } = checklistFromText(text);
    expect(checklist.items).toEqual([]);
    expect(unread).toEqual(['Không có nội dung thành phần hồ sơ.']);
  });

  it.each([[''], ['   '], [undefined as unknown as string], [42 as unknown as string]])('never throws on %p', (input) => {
    expect(checklistFromText(input).checklist.items).toEqual([]);
  });
});

describe('text with line breaks (provincial portals, Word exports, Markdown)', () => {
  let others: { name: string; format: string; dossier: string }[] = [];
  beforeAll(async () => {
    others = await readAllJsonl('other-portals.jsonl');
  });

  it('reads the ward portal print page: "Bản chính: 1 Bản sao: 0", shifted cells, stray "|" lines, cut end', () => {
    const page = others.find((o) => o.name.startsWith('Đăng ký khai sinh lưu động'));
    expect(page?.dossier).toContain('| 1. TK đăng ký khai sinh.doc | Bản chính: 1 Bản sao: 0 |');
    const { checklist, unread } = checklistFromText(page?.dossier ?? '');
    const [declaration, birth] = checklist.items;
    expect(declaration).toMatchObject({ name: 'Tờ khai đăng ký khai sinh theo mẫu.', form: '1. TK đăng ký khai sinh.doc', original: 1, copies: 0, action: 'fill' });
    expect(birth).toMatchObject({ original: 1, copies: 0, form: null });
    expect(birth?.name.startsWith('Bản chính Giấy chứng sinh')).toBe(true);
    const identity = checklist.items.find((i) => i.name.startsWith('Hộ chiếu hoặc Chứng minh nhân dân'));
    expect(identity?.action).toBe('skip');
    expect(unread.join(' ')).toMatch(/bị cắt/);
  });

  it('reads the provincial Markdown table: "Bản chính: 0 - Bản sao: 1" in the second column', () => {
    const page = others.find((o) => o.name.startsWith('Cấp Giấy xác nhận tình trạng hôn nhân'));
    expect(page?.dossier).toContain('| Bản chính: 0 - Bản sao: 1 | |');
    const items = checklistFromText(page?.dossier ?? '').checklist.items;
    expect(items[0]).toMatchObject({ original: 0, copies: 1, kind: 'paper' });
    expect(items.filter((i) => i.kind === 'note').length).toBeGreaterThanOrEqual(2);
  });

  it('joins a name broken over two lines and takes "…:" lines as case titles', () => {
    // The old portal's cell texts of "Thủ tục đăng ký kết hôn" (other-portals.jsonl), as a Word export lays them out.
    const page = others.find((o) => o.name === 'Thủ tục đăng ký kết hôn');
    const broken = '- Tờ khai đăng ký kết hôn theo mẫu. Hai bên nam, nữ có thể khai chung vào một Tờ khai đăng ký kết\n                    hôn.';
    expect(page?.dossier).toContain(broken);
    const text = `Thành phần hồ sơ:\nBao gồm:\n${broken}\nSố lượng hồ sơ: 01 bộ`;
    const { checklist } = checklistFromText(text);
    expect(checklist.items.map((i) => [i.name, i.kind, i.group])).toEqual([
      ['Tờ khai đăng ký kết hôn theo mẫu. Hai bên nam, nữ có thể khai chung vào một Tờ khai đăng ký kết hôn.', 'paper', null],
      ['Số lượng hồ sơ: 01 bộ', 'note', null],
    ]);
  });

  it('reads counts written at the end of a line — row names of 1.000034 and 1.007751', async () => {
    const records = await portalRecords(['1.000034', '1.007751']);
    const names = [...records.values()].flatMap((r) => JSON.stringify(r).match(/Hóa đơn thương mại: 01 bản chụp|Tờ khai hải quan: 02 bản chính/g) ?? []);
    expect(new Set(names)).toEqual(new Set(['Hóa đơn thương mại: 01 bản chụp', 'Tờ khai hải quan: 02 bản chính']));
    const items = checklistFromText('Hồ sơ gồm:\n- Hóa đơn thương mại: 01 bản chụp\n- Tờ khai hải quan: 02 bản chính').checklist.items;
    expect(items.map((i) => [i.name, i.original, i.copies])).toEqual([
      ['Hóa đơn thương mại', null, 1],
      ['Tờ khai hải quan', 2, null],
    ]);
  });
});
