import { describe, expect, it } from 'vitest';
import type { Checklist } from '../../lib/checklist/schema';
import { missingItemIndices } from '../../lib/precheck/missing';
import { buildSlip, SlipData } from '../../lib/precheck/slip';
import { checklistItem } from '../support/checklist-item';

const item = checklistItem;

const checklist: Checklist = {
  procedure: { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' },
  items: [
    item('Tờ khai đăng ký khai sinh', { form: 'Mẫu TK khai sinh.doc', action: 'fill' }),
    item('Giấy chứng sinh'),
    item('Văn bản ủy quyền', { copies: 1, original: 0 }),
    item('Giấy tờ chứng minh nơi cư trú', { action: 'skip', heldBy: 'CSDLQG về dân cư', legalBasis: 'Nghị định 104/2022/NĐ-CP' }),
    item('Căn cước công dân', { action: 'skip', heldBy: 'VNeID', legalBasis: null }),
  ],
};

describe('buildSlip', () => {
  const date = new Date(2026, 10, 23, 9, 30);
  const unreadable = {
    itemIndex: 1,
    name: 'giay-chung-sinh.pdf',
    verdict: 'error' as const,
    checks: [
      { code: 'corrupt' as const, level: 'error' as const, message: 'Tệp PDF bị thiếu phần cuối.' },
      { code: 'pages' as const, level: 'info' as const, message: 'PDF có 1 trang.' },
    ],
  };

  it('lists missing and unusable papers in checklist order with what is needed, and the papers the state holds', () => {
    const slip = buildSlip(checklist, [unreadable], [1, 2], date);
    expect(SlipData.parse(slip)).toEqual(slip);
    expect(slip.procedure).toEqual(checklist.procedure);
    expect(slip.date).toBe('2026-11-23');
    expect(slip.needed).toEqual([
      { name: 'Giấy chứng sinh', reason: 'unusable', original: 1, copies: 0, form: null, file: 'giay-chung-sinh.pdf', problems: ['Tệp PDF bị thiếu phần cuối.'] },
      { name: 'Văn bản ủy quyền', reason: 'missing', original: 0, copies: 1, form: null, file: null, problems: [] },
    ]);
    expect(slip.heldByState).toEqual([
      { name: 'Giấy tờ chứng minh nơi cư trú', heldBy: 'CSDLQG về dân cư', legalBasis: 'Nghị định 104/2022/NĐ-CP' },
      { name: 'Căn cước công dân', heldBy: 'VNeID', legalBasis: null },
    ]);
  });

  it('leaves out files that are only worth a look or sit beside a good file, and names loose files by their name', () => {
    const warned = { ...unreadable, itemIndex: 2, verdict: 'warn' as const };
    const loose = { ...unreadable, itemIndex: null, name: 'anh-1.jpg' };
    const slip = buildSlip(checklist, [warned, unreadable, loose], [], date);
    expect(slip.needed.map((p) => [p.name, p.reason, p.file])).toEqual([['anh-1.jpg', 'unusable', 'anh-1.jpg']]);
  });

  it('agrees with the missing-items rule: a fill item is never asked for', () => {
    const missing = missingItemIndices(checklist, new Set());
    const slip = buildSlip(checklist, [], missing, date);
    expect(slip.needed.map((p) => p.name)).toEqual(['Giấy chứng sinh', 'Văn bản ủy quyền']);
  });
});
