import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchProcedure, type ProcedureLookup } from '@/lib/catalog/match-procedure';
import type { ProcedureInfo } from '@/lib/catalog/schema';
import { buildSearchIndex, searchProcedures } from '@/lib/catalog/search';
import { realProcedures } from '../support/real-catalog';

/** Names other portals print, from ../shared/data/other-portals.jsonl (old national portal and provincial pages). */
const OTHER_PORTAL_NAMES = readFileSync(new URL('../../../shared/data/other-portals.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { name: string }).name);

let lookup: ProcedureLookup;
let searched: string[];
beforeAll(async () => {
  const procedures = await realProcedures();
  const index = await buildSearchIndex(procedures);
  const byCode = new Map(procedures.map((p) => [p.code, p as ProcedureInfo]));
  lookup = {
    byCode: async (code) => byCode.get(code) ?? null,
    search: async (query) => {
      searched.push(query);
      return searchProcedures(index, query, 10);
    },
  };
});

const match = (code: string | null, name: string) => {
  searched = [];
  return matchProcedure({ code, name }, lookup);
};

describe('catalog lookup of the procedure another portal names', () => {
  it.each([
    ['Đăng ký tạm trú', '1.004194'],
    ['Đăng ký thường trú', '1.004222'],
    ['Thủ tục đăng ký kết hôn', '1.000894'],
    // Printed without the catalog's leading "Thủ tục".
    ['Đăng ký khai sinh', '1.001193'],
  ])('the real page name “%s” finds %s', async (name, code) => {
    expect(OTHER_PORTAL_NAMES).toContain(name);
    expect((await match(null, name))?.code).toBe(code);
  });

  it('never answers with a merely similar procedure: household-book procedures abolished since 2023 find nothing', async () => {
    for (const name of ['Cấp giấy chuyển hộ khẩu', 'Cấp lại sổ hộ khẩu', 'Tách sổ hộ khẩu', 'Điều chỉnh thay đổi nội dung sổ hộ khẩu']) {
      expect(OTHER_PORTAL_NAMES).toContain(name);
      expect(await match(null, name)).toBeNull();
    }
  });

  it('a printed code wins over the name, and an unknown code falls back to the name', async () => {
    expect((await match('1.004194', 'Trang chủ'))?.code).toBe('1.004194');
    expect(searched).toEqual([]);
    expect((await match('9.999999', 'Đăng ký tạm trú'))?.code).toBe('1.004194');
  });

  it.each(['', '   ', 'Thủ tục', '<img src=x onerror=alert(1)>', 'Đăng ký'.repeat(300)])('hostile or empty name %#: nothing, no throw', async (name) => {
    expect(await match(null, name)).toBeNull();
  });
});
