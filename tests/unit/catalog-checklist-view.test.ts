import { beforeAll, describe, expect, it } from 'vitest';
import { groupByCase, needsBringing, ownedKey, readiness, withKeys } from '@/lib/catalog/checklist-view';
import type { CatalogItem, CatalogProcedure } from '@/lib/catalog/schema';
import { KHAI_SINH, realProcedures } from '../support/real-catalog';

let procedures: CatalogProcedure[];
let khaiSinh: CatalogItem[];
beforeAll(async () => {
  procedures = await realProcedures();
  khaiSinh = procedures.find((p) => p.code === KHAI_SINH.code)?.checklist?.items ?? [];
});

describe('checklist as the panel shows it (real parsed checklists)', () => {
  it('groups items by case, in order, without losing one', () => {
    const cases = groupByCase(khaiSinh);
    expect(cases.flatMap((c) => c.items)).toEqual(khaiSinh);
    for (const [a, b] of cases.slice(1).map((c, i) => [cases[i], c] as const)) expect(a?.title).not.toBe(b?.title);
  });

  it('counts only the papers every applicant needs: birth registration needs the birth certificate', () => {
    const required = khaiSinh.filter((i) => needsBringing(i) && !i.conditional);
    expect(required.map((i) => i.name)).toEqual([expect.stringMatching(/^Giấy chứng sinh/)]);
    expect(readiness(khaiSinh, new Set())).toEqual({ owned: 0, total: 1 });
    const conditional = khaiSinh.find((i) => needsBringing(i) && i.conditional);
    if (!conditional) throw new Error('khai sinh has conditional papers');
    expect(readiness(khaiSinh, new Set([ownedKey(conditional)]))).toEqual({ owned: 0, total: 1 });
    expect(readiness(khaiSinh, new Set(required.map(ownedKey)))).toEqual({ owned: 1, total: 1 });
  });

  it('counts alternatives ("một trong các giấy tờ sau") once, ticked by any of them', () => {
    const withChoice = procedures.find((p) =>
      p.checklist?.items.some((i, _, all) => i.oneOf && needsBringing(i) && !i.conditional && all.filter((j) => j.oneOf === i.oneOf).length > 1),
    );
    const items = withChoice?.checklist?.items ?? [];
    const choice = items.find((i) => i.oneOf && needsBringing(i) && !i.conditional);
    if (!choice) throw new Error('no procedure with alternatives in the data');
    const before = readiness(items, new Set());
    const alternatives = items.filter((i) => i.oneOf === choice.oneOf && needsBringing(i));
    expect(alternatives.length).toBeGreaterThan(1);
    expect(readiness(items, new Set([ownedKey(alternatives[1] as CatalogItem)]))).toEqual({ owned: 1, total: before.total });
  });

  it('gives unique keys even when a paper name repeats', () => {
    const keys = withKeys(['a', 'b', 'a', 'a'], (s) => s).map((k) => k.key);
    expect(new Set(keys).size).toBe(4);
  });
});
