import { beforeAll, describe, expect, it } from 'vitest';
import type { DetailedChecklist } from '../../lib/checklist/schema';
import { translator } from '../../lib/i18n';
import { type ItemWithAlternatives, missingItemNames } from '../../lib/precheck/missing';
import { checklistFromPortalRecord } from '../../lib/checklist';
import { summaryLines } from '../../lib/precheck/summary';
import type { CheckResult } from '../../lib/precheck/types';
import { readJsonl } from '../../scripts/shared-data';
import { checklistItem } from '../support/checklist-item';

/** Real procedures from ../shared/data/portal-api.jsonl. */
const CODES = { khaiSinh: '1.001193', capLaiGiayPhepBay: '1.000239' } as const;
const checklists: Record<string, DetailedChecklist> = {};

beforeAll(async () => {
  const wanted = new Set<string>(Object.values(CODES));
  for await (const record of readJsonl<{ code: string }>('portal-api.jsonl')) {
    if (wanted.has(record.code)) checklists[record.code] = checklistFromPortalRecord(record).checklist;
    if (Object.keys(checklists).length === wanted.size) break;
  }
}, 120_000);

const indexOf = (c: DetailedChecklist, start: string) => c.items.findIndex((i) => i.name.startsWith(start));

describe('missing items on real checklists', () => {
  it('birth registration: only the birth certificate; situational, shown and online-form papers are not asked for', () => {
    const c = checklists[CODES.khaiSinh] as DetailedChecklist;
    const missing = missingItemNames(c, new Set());
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(/^Giấy chứng sinh/);
    expect(missingItemNames(c, new Set([indexOf(c, 'Giấy chứng sinh')]))).toEqual([]);
  });

  it('when every group is a case, the case with files is the one still needed', () => {
    const c = checklists[CODES.capLaiGiayPhepBay] as DetailedChecklist;
    const groups = [...new Set(c.items.map((i) => i.group))];
    expect(groups.length).toBeGreaterThanOrEqual(3);
    const none = missingItemNames(c, new Set());
    expect(none.length).toBeGreaterThan(0);
    expect(none.every((n) => c.items.find((i) => i.name === n)?.group === groups[0])).toBe(true);
    // A file attached to the third case's health certificate makes that case the one to finish.
    const third = c.items.findIndex((i) => i.group === groups[2] && i.name.includes('sức khỏe'));
    const rest = missingItemNames(c, new Set([third]));
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((n) => c.items.find((i) => i.name === n)?.group === groups[2])).toBe(true);
    expect(rest).not.toContain(c.items[third]?.name);
  });
});

describe('missing items rules', () => {
  const paper = (name: string, over: Partial<ItemWithAlternatives> = {}): ItemWithAlternatives => checklistItem(name, over);

  const items: ItemWithAlternatives[] = [
    paper('Tờ khai đăng ký', { action: 'fill' }),
    paper('Căn cước công dân', { action: 'skip', heldBy: 'VNeID' }),
    paper('Lưu ý: mang bản chính', { kind: 'note' }),
    paper('Giấy tờ chứng minh chỗ ở hợp pháp'),
    paper('Hoặc văn bản xác nhận của Ủy ban nhân dân xã'),
    paper('Bản sao giấy đăng ký kết hôn', { oneOf: 'hôn nhân' }),
    paper('Trích lục ghi chú kết hôn', { oneOf: 'hôn nhân' }),
    paper('Giấy ủy quyền', { conditional: true }),
    paper('Hộ chiếu (xuất trình)', { action: 'present' }),
    paper('Đơn đề nghị'),
  ];
  const list = { items };

  it('never counts note, skip, fill or present items, nor situational ones', () => {
    expect(missingItemNames(list, new Set())).toEqual([
      'Giấy tờ chứng minh chỗ ở hợp pháp',
      'Bản sao giấy đăng ký kết hôn',
      'Đơn đề nghị',
    ]);
  });
  it('is satisfied by any one of a "Hoặc" pair or a oneOf group', () => {
    expect(missingItemNames(list, new Set([4, 6]))).toEqual(['Đơn đề nghị']);
  });
  it('counts a case group only once it is touched when unconditional papers exist', () => {
    const withCase = {
      items: [...items, paper('Giấy xác nhận của bệnh viện', { group: 'Trường hợp sinh ở cơ sở y tế' }), paper('Biên bản', { group: 'Trường hợp sinh ở cơ sở y tế' })],
    };
    expect(missingItemNames(withCase, new Set([3, 5, 9]))).toEqual([]);
    expect(missingItemNames(withCase, new Set([3, 5, 9, 10]))).toEqual(['Biên bản']);
  });
});

describe('summary lines', () => {
  const t = translator('vi');
  const file = (verdict: 'ok' | 'warn' | 'error', code: CheckResult['code'] = 'blurred') => ({
    verdict,
    checks: [{ code, level: verdict === 'ok' ? ('ok' as const) : verdict, message: '' }],
  });
  it('counts missing papers and unreadable files the way staff say it', () => {
    expect(summaryLines(2, [file('error', 'corrupt'), file('ok')], t)).toEqual(['Còn thiếu 2 giấy tờ', '1 tệp không đọc được']);
  });
  it('separates files to fix and files to review', () => {
    expect(summaryLines(0, [file('error', 'too-large'), file('warn'), file('warn')], t)).toEqual(['1 tệp cần sửa', '2 tệp nên xem lại']);
  });
  it('gives one all-clear line when nothing is wrong', () => {
    expect(summaryLines(0, [file('ok')], t)).toEqual(['Đã đủ giấy tờ, các tệp đều đọc được']);
    expect(summaryLines(1, [], translator('en'))).toEqual(['1 papers still missing']);
  });
});
