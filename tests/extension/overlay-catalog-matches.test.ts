import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CatalogProcedure } from '@/lib/catalog/schema';
import { isAnnexSkip } from '@/lib/checklist/carry-annex-skips';
import { catalogMatches } from '@/entrypoints/overlay.content/catalog-matches';
import { realProcedures } from '../support/real-catalog';

/** Đăng ký thường trú: its catalog checklist carries papers Phụ lục I of NQ 66.7 names. */
const THUONG_TRU = '1.004222';

let procedures: CatalogProcedure[];
beforeAll(async () => {
  procedures = await realProcedures();
});

/** The background's `catalog/match` over the real catalog (by code, else exact name), counting the questions. */
function answerFromCatalog({ fail = false } = {}) {
  const asked: { code: string | null; name: string }[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const { type, code, name } = message as { type: string; code: string | null; name: string };
    if (type !== 'catalog/match') throw new Error(`unexpected ${type}`);
    asked.push({ code, name });
    if (fail) return { ok: false, error: 'storage' };
    const procedure = procedures.find((p) => (code ? p.code === code : p.name === name)) ?? null;
    return { ok: true, data: { procedure } };
  });
  return asked;
}

const arrival = (matches: ReturnType<typeof catalogMatches>) => new Promise<void>((resolve) => matches.onArrived(resolve));

describe('the overlay’s one catalog/match cache', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('asks once per procedure, whoever needs it (annex skips on the page’s rows, the other-portal fallback)', async () => {
    const asked = answerFromCatalog();
    const matches = catalogMatches();
    const catalog = procedures.find((p) => p.code === THUONG_TRU);
    const catalogItems = catalog?.checklist?.items ?? [];
    expect(catalogItems.some(isAnnexSkip)).toBe(true);
    // The page words only the papers to upload: the annex's skips are what the catalog adds.
    const pageItems = catalogItems.filter((item) => !isAnnexSkip(item));
    const ref = { code: THUONG_TRU, name: catalog?.name ?? '' };

    const arrived = arrival(matches);
    expect(matches.annexed(ref, pageItems)).toEqual(pageItems);
    expect(matches.checklistOf(ref)).toBeNull();
    expect(matches.annexed(ref, pageItems, { addUnlisted: false })).toEqual(pageItems);
    await arrived;

    const annexed = matches.annexed(ref, pageItems);
    expect(annexed.filter(isAnnexSkip).map((i) => i.name)).toEqual(catalogItems.filter(isAnnexSkip).map((i) => i.name));
    expect(matches.checklistOf(ref)?.items).toEqual(catalogItems);
    expect(asked).toEqual([{ code: THUONG_TRU, name: ref.name }]);

    // A filing page names the procedure without its code: another question, then none again.
    const byName = { code: '', name: ref.name };
    matches.annexed(byName, pageItems);
    matches.checklistOf(byName);
    expect(asked).toEqual([
      { code: THUONG_TRU, name: ref.name },
      { code: null, name: ref.name },
    ]);
  });

  it('a page that read nothing, an unknown procedure, a failing background or a huge name: the page’s reading stands, asked once', async () => {
    const asked = answerFromCatalog({ fail: true });
    const matches = catalogMatches();
    const items = procedures.find((p) => p.code === THUONG_TRU)?.checklist?.items ?? [];
    expect(matches.annexed(null, items)).toEqual(items);
    expect(matches.annexed({ code: THUONG_TRU, name: 'x' }, [])).toEqual([]);
    expect(asked).toEqual([]);

    const huge = { code: null, name: 'Thủ tục '.repeat(1000) };
    expect(matches.annexed(huge, items)).toEqual(items);
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    expect(asked[0]?.name.length).toBe(2000);
    expect(matches.annexed(huge, items)).toEqual(items);
    expect(matches.checklistOf(huge)).toBeNull();
    expect(asked).toHaveLength(1);
  });
});
