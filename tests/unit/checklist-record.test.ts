import { beforeAll, describe, expect, it } from 'vitest';
import { type ChecklistEntry, checklistFromPortalRecord } from '@/lib/checklist';
import { portalRecords } from '../support/shared-procedures';

let records: Map<string, Record<string, unknown>>;
beforeAll(async () => {
  records = await portalRecords(['1.001193', '1.000931', '1.000034', '1.009628', '1.000005', '1.002357', '2.002034']);
}, 60_000);

const itemsOf = (code: string) => checklistFromPortalRecord(records.get(code)).checklist.items;
const find = (items: ChecklistEntry[], start: string) => {
  const item = items.find((i) => i.name.startsWith(start));
  expect(item, start).toBeDefined();
  return item as ChecklistEntry;
};

describe('portal record → checklist', () => {
  it('accepts the record or its API envelope {code: "OK", data}', () => {
    const record = records.get('1.000931');
    expect(checklistFromPortalRecord({ code: 'OK', data: record })).toEqual(checklistFromPortalRecord(record));
  });

  it.each([[null], ['text'], [42], [{ executionCases: 'x' }], [{ executionCases: [{ profileComponents: [{ name: 5 }] }] }]])(
    'never throws on %j and says what it could not read',
    (input) => {
      const { checklist, unread } = checklistFromPortalRecord(input);
      expect(checklist.items).toEqual([]);
      expect(unread.length).toBeGreaterThan(0);
    },
  );

  it('tolerates missing optional parts (no attachments, no counts)', () => {
    const { checklist } = checklistFromPortalRecord({ code: 'X', name: 'Thử', executionCases: [{ name: '', profileComponents: [{ name: 'Giấy chứng sinh' }] }] });
    expect(checklist.items).toMatchObject([{ name: 'Giấy chứng sinh', kind: 'paper', original: null, copies: null }]);
  });

  it('strips list markers but keeps the wording ("a) Tờ khai …", "(iv) Bản sao …") — 1.000005, 2.002034', () => {
    const declaration = find(itemsOf('1.000005'), 'Tờ khai hàng hóa nhập khẩu theo các chỉ tiêu thông tin tại Phụ lục II');
    expect(declaration.action).toBe('fill');
    expect(itemsOf('2.002034').some((i) => i.name.startsWith('Bản sao các giấy tờ sau đây:'))).toBe(true);
    expect(itemsOf('2.002034').every((i) => !/^\((i|ii|iii|iv|v)\)/.test(i.name))).toBe(true);
  });

  it('uses the attached template files as the form — 1.000931', () => {
    expect(itemsOf('1.000931')[0]).toMatchObject({ form: 'NA15.pdf', original: 1, copies: 1 });
  });

  it('reads counts from the wording when the portal says "0 bản chính" — 1.000034', () => {
    expect(find(itemsOf('1.000034'), 'Hóa đơn thương mại')).toMatchObject({ name: 'Hóa đơn thương mại: 01 bản chụp', kind: 'paper', original: null, copies: 1 });
  });

  it('keeps a case without papers as a note of that case, and marks "Đối với trường hợp …" cases conditional — 1.009628', () => {
    const items = itemsOf('1.009628');
    const last = items.at(-1);
    expect(last).toMatchObject({ kind: 'note' });
    expect(last?.name.startsWith('(Trường hợp khai thác, sử dụng được thông tin về tài liệu tư cách pháp lý')).toBe(true);
    const first = items[0];
    expect(first).toMatchObject({ group: 'Đối với trường hợp 1, hồ sơ bao gồm', kind: 'paper', conditional: true });
  });

  it('shows "(xuất trình)" papers rather than uploading them — 1.002357', () => {
    expect(find(itemsOf('1.002357'), 'Giấy chứng nhận đăng ký xe ô tô (xuất trình)').action).toBe('present');
  });
});

describe('classification of the birth registration (1.001193)', () => {
  let items: ChecklistEntry[];
  beforeAll(() => {
    items = itemsOf('1.001193');
  });

  it('does not ask for the identity paper: held in VNeID, with the legal basis', () => {
    const identity = find(items, 'Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử');
    expect(identity).toMatchObject({ action: 'skip', heldBy: 'VNeID', group: 'Giấy tờ phải xuất trình', original: 1, copies: 0 });
    expect(identity.reason).toContain('VNeID');
    expect(identity.legalBasis).toContain('Luật Căn cước');
  });

  it('does not ask for the residence paper asked only when the database cannot be read (NQ 66.7/2025, Điều 8)', () => {
    const residence = find(items, 'Giấy tờ có giá trị chứng minh thông tin về cư trú');
    expect(residence).toMatchObject({ action: 'skip', heldBy: 'CSDLQG về dân cư', legalBasis: 'NQ 66.7/2025/NQ-CP, Điều 8', conditional: true });
    expect(residence.reason).toMatch(/chỉ nộp khi cơ quan yêu cầu.*08 giờ làm việc/);
  });

  it('fills the declaration online and uploads the birth certificate', () => {
    expect(find(items, 'Tờ khai đăng ký khai sinh theo mẫu').action).toBe('fill');
    expect(find(items, 'Mẫu hộ tịch điện tử tương tác đăng ký khai sinh').action).toBe('fill');
    expect(find(items, 'Giấy chứng sinh; trường hợp không có Giấy chứng sinh').action).toBe('upload');
  });

  it('never counts notes as papers', () => {
    const notes = items.filter((i) => i.kind === 'note');
    expect(notes.length).toBeGreaterThan(15);
    expect(notes.every((n) => n.original === null && n.copies === null && n.heldBy === null && !n.conditional)).toBe(true);
  });
});
