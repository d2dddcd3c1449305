import { beforeAll, describe, expect, it } from 'vitest';
import { foldForSearch } from '@/lib/catalog/fold';
import { buildSearchIndex, queryVariants, type SearchIndex, searchProcedures } from '@/lib/catalog/search';
import { realProcedures } from '../support/real-catalog';

let index: SearchIndex;
beforeAll(async () => {
  index = await buildSearchIndex(await realProcedures());
});

const codesFor = (query: string, limit = 10) => searchProcedures(index, query, limit).map((p) => p.code);

/**
 * Everyday queries over the real catalog and the procedure each must return
 * first (rank 1) or among the first three. Typed as people type them: without
 * accents, with typos, half typed, in everyday words and abbreviations.
 */
const QUALITY: [query: string, code: string, rank: 1 | 3, what: string][] = [
  ['dang ky khai sinh', '1.001193', 1, 'accent-free official wording'],
  ['Đăng ký khai sinh', '1.001193', 1, 'with accents'],
  ['làm giấy khai sinh', '1.001193', 1, 'everyday words'],
  ['dang ki khai sinh', '1.001193', 1, 'ki for ký'],
  ['dang ky khai snh', '1.001193', 1, 'a letter missing'],
  ['dang ky khai si', '1.001193', 1, 'half typed'],
  ['khai sinh', '1.001193', 1, 'two words'],
  ['cấp lại CCCD', '1.014064', 1, 'abbreviation CCCD, commune level first'],
  ['cap lai can cuoc', '1.014064', 1, 'accent-free'],
  ['hộ khẩu', '1.004222', 1, 'household book → permanent residence'],
  ['sổ hộ khẩu', '1.004222', 1, 'longer everyday phrase'],
  ['cắt hộ khẩu', '1.003197', 1, 'everyday words for deregistration'],
  ['tach ho khau', '1.010038', 1, 'split household'],
  ['dang ky thuong tru', '1.004222', 1, 'official wording'],
  ['thuong tru', '1.004222', 3, 'one concept'],
  ['tam tru', '1.004194', 1, 'temporary residence'],
  ['khai bao tam vang', '1.003677', 1, 'temporary absence'],
  ['dang ky ket hon', '1.000894', 1, 'marriage'],
  ['dăng ký kêt hôn', '1.000894', 1, 'wrong accents'],
  ['khai tu', '1.000656', 1, 'death registration'],
  ['giấy chứng tử', '1.000656', 1, 'everyday words for death registration'],
  ['giay xac nhan doc than', '1.004873', 1, 'everyday words for marital status'],
  ['giám hộ', '1.004837', 3, 'guardianship, not "giảm học phí"'],
  ['nhan cha me con', '1.001022', 3, 'parentage'],
  ['ban sao giay khai sinh', '2.000635', 1, 'literal words beat the rewrite'],
  ['chung thuc ban sao', '2.000815', 1, 'certified copies at the commune'],
  ['chứng thực chữ ký', '2.000884', 3, 'signature certification'],
  ['ly lich tu phap', '3.000333', 1, 'judicial record'],
  ['hộ chiếu', '1.001456', 1, 'passport'],
  ['GPLX', '3.000346', 3, 'abbreviation for driving licence'],
  ['bằng lái xe', '3.000346', 3, 'everyday words for driving licence'],
  ['đổi bằng lái', '3.000347', 1, 'renew a driving licence'],
  ['BHYT', '1.014137', 1, 'abbreviation for health insurance'],
  ['rut bhxh mot lan', '1.001613', 3, 'one-off social insurance'],
  ['tro cap that nghiep', '1.014748', 1, 'unemployment benefit'],
  ['mở quán ăn', '1.001612', 1, 'household business'],
  ['xin phép xây nhà', '1.013225', 1, 'building permit'],
  ['vneid', '3.000228', 1, 'electronic identity level 2'],
  ['đăng ký xe máy', '1.013067', 1, 'vehicle registration'],
  ['1.001193', '1.001193', 1, 'procedure code'],
];

describe('search quality on the real catalog', () => {
  it.each(QUALITY)('"%s" → %s (top %i: %s)', (query, code, rank) => {
    expect(codesFor(query).slice(0, rank)).toContain(code);
  });
});

describe('search behaviour', () => {
  it('finds the same procedures with or without accents', () => {
    expect(codesFor('đăng ký thường trú')).toEqual(codesFor('dang ky thuong tru'));
  });

  it('narrows as the user types, the intended procedure staying in view', () => {
    for (const typed of ['dang ky kh', 'dang ky kha', 'dang ky khai s']) {
      expect(codesFor(typed, 5)).toContain('1.001193');
    }
  });

  it('ranks procedures having every word above those reached through a typo', () => {
    const names = searchProcedures(index, 'dang ky ket hon', 12).map((p) => foldForSearch(p.name));
    const exact = names.map((name) => /\bdang ki\b.*\bket hon\b/.test(name));
    expect(exact.slice(0, 5)).toEqual([true, true, true, true, true]);
    expect(exact.indexOf(false)).toBeGreaterThan(exact.lastIndexOf(true));
  });

  it('lists procedures by code as the code is typed', () => {
    const found = searchProcedures(index, '1.0011', 50);
    expect(found.length).toBeGreaterThan(1);
    expect(found.every((p) => p.code.startsWith('1.0011'))).toBe(true);
  });

  it('still answers when a word matches nothing (words matching count)', () => {
    expect(codesFor('dang ky khai sinh cho chau ngoai xyzzy', 5)).toContain('1.001193');
  });

  it('answers nothing for an empty or punctuation-only query', () => {
    expect(searchProcedures(index, '   ')).toEqual([]);
    expect(searchProcedures(index, '?!,')).toEqual([]);
  });

  it('honours the limit', () => {
    expect(searchProcedures(index, 'cap', 7)).toHaveLength(7);
  });
});

describe('query variants (synonyms.ts)', () => {
  it.each([
    ['làm giấy khai sinh', 'dang ki khai sinh'],
    ['cấp lại CCCD', 'cap lai the can cuoc'],
    ['sổ hộ khẩu', 'dang ki thuong tru'],
    ['Thủ tục đăng ký kết hôn như thế nào', 'dang ki ket hon'],
  ])('"%s" is also searched as "%s"', (query, rewritten) => {
    expect(queryVariants(query)).toContain(rewritten);
  });

  it('keeps the words as typed first, so a literal match is never hidden', () => {
    expect(queryVariants('ban sao giay khai sinh')[0]).toBe('ban sao giay khai sinh');
  });
});
