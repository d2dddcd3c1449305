import { carryAnnexSkips } from '@/lib/checklist/carry-annex-skips';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CatalogDocument, encodeCatalog, payloadDigest } from '@/lib/catalog/document';
import type { CatalogProcedure } from '@/lib/catalog/schema';
import { type CatalogService, createCatalogService, LEARNED_MAX_AGE_DAYS } from '@/lib/catalog/service';
import { openCatalogDb } from '@/lib/catalog/store';
import { fetchCatalogUpdate, UPDATE_FAILURES, type UpdateFailure } from '@/lib/catalog/update';
import { HELD_PAPERS } from '@/lib/knowledge';
import { MAX_SIGNED_BYTES } from '@/lib/signed/verify';
import { newSigningKey, signDetached } from '../../scripts/signing-key';
import { translate } from '@/lib/i18n';
import { GIAY_CHUNG_SINH, KHAI_SINH, realCatalogDocument, realProcedures } from '../support/real-catalog';

const URL_OK = 'https://catalog.example.vn/danh-muc.json';

let bundled: CatalogDocument;
let real: CatalogProcedure[];
/** NQ 66.7/2025 extended by a year: the held-papers rules a publisher would serve with it. */
const EXTENDED_RULES = { ...HELD_PAPERS, version: '2027-02-20', resolution: { ...HELD_PAPERS.resolution, validUntil: '2028-02-29' } };
/** The real catalog, a version later, with one procedure renamed and newer rules: what a publisher would serve. */
let newer: CatalogDocument;

beforeAll(async () => {
  keys = await newSigningKey();
  bundled = await realCatalogDocument();
  real = await realProcedures();
  const renamed = real.map((p) => (p.code === KHAI_SINH.code ? { ...p, name: 'Đăng ký khai sinh (bản cập nhật)' } : p));
  newer = await encodeCatalog({ version: bundled.version + 1, date: '2026-12-01', knowledge: EXTENDED_RULES }, renamed);
});

/** The publisher's key pair, made for this test run (the extension pins its own). */
let keys: { privateKey: string; publicKey: string };
/** The test run's clock: the bundled catalog is built from ../shared/data today, and a served one must not be dated ahead of it. */
const NOW = new Date();

/**
 * A catalog server: `body` at every URL (a string as is, anything else as
 * JSON) and, at `URL.sig`, its signature by `signer` (the publisher's key
 * unless a test forges one; null serves no signature).
 */
function serve(body: unknown, init: ResponseInit = {}, signer: () => string | null = () => keys.privateKey): typeof fetch {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return async (input) => {
    if (!String(input).endsWith('.sig')) return new Response(text, init);
    const key = signer();
    return key ? new Response(await signDetached(new TextEncoder().encode(text), key)) : new Response('Not found', { status: 404 });
  };
}
const source = (fetchFn: typeof fetch) => ({ fetch: fetchFn, publicKey: keys.publicKey, now: NOW });
const current = () => ({ version: bundled.version, count: bundled.procedures.length });
const offline: typeof fetch = async () => {
  throw new TypeError('Failed to fetch');
};

describe('fetchCatalogUpdate', () => {
  it('accepts a newer, well-formed catalog signed by the publisher', async () => {
    const load = await fetchCatalogUpdate(URL_OK, current(), source(serve(newer)));
    expect(load.ok).toBe(true);
    if (load.ok) {
      expect(load.meta).toEqual({ version: newer.version, date: '2026-12-01', source: 'remote', count: real.length, sha256: newer.sha256 });
      expect(load.procedures.find((p) => p.code === KHAI_SINH.code)?.source).toBe('remote');
    }
  });

  it.each<[UpdateFailure, () => [string, typeof fetch]]>([
    ['no-url', () => ['', serve(newer)]],
    ['not-https', () => ['http://catalog.example.vn/danh-muc.json', serve(newer)]],
    ['network', () => [URL_OK, offline]],
    ['http-status', () => [URL_OK, serve('Not found', { status: 404 })]],
    ['bad-json', () => [URL_OK, serve('{"format": "dvc-catalog/1", "version": ')]],
    ['bad-schema', () => [URL_OK, serve({ ...newer, procedures: [{ c: '1.001193' }] })]],
    ['bad-schema', () => [URL_OK, serve({ version: newer.version, date: newer.date, procedures: [] })]],
    ['bad-hash', () => [URL_OK, serve({ ...newer, strings: newer.strings.map((s, i) => (i === 0 ? `${s}!` : s)) })]],
    ['not-newer', () => [URL_OK, serve({ ...newer, version: bundled.version })]],
    ['bad-signature', () => [URL_OK, serve(newer, {}, () => null)]],
    ['from-future', () => [URL_OK, serve({ ...newer, version: 209912310000 })]],
    ['from-future', () => [URL_OK, serve({ ...newer, date: '2099-12-31' })]],
  ])('refuses with "%s"', async (reason, setup) => {
    const [url, fetchFn] = setup();
    expect(await fetchCatalogUpdate(url, current(), source(fetchFn))).toEqual({ ok: false, reason });
  });

  it('refuses a catalog signed by anyone but the pinned key, or altered after signing', async () => {
    const intruder = await newSigningKey();
    expect(await fetchCatalogUpdate(URL_OK, current(), source(serve(newer, {}, () => intruder.privateKey)))).toEqual({ ok: false, reason: 'bad-signature' });
    const signedThenAltered: typeof fetch = async (input) =>
      String(input).endsWith('.sig') ? serve(newer)(input) : new Response(JSON.stringify({ ...newer, license: 'sửa sau khi ký' }));
    expect(await fetchCatalogUpdate(URL_OK, current(), source(signedThenAltered))).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('stops reading a body past 20 MB, even one that does not say its length', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1 << 20;
        controller.enqueue(new Uint8Array(1 << 20).fill(32));
      },
    });
    const fetchFn: typeof fetch = async (input) => (String(input).endsWith('.sig') ? new Response('x') : new Response(endless));
    expect(await fetchCatalogUpdate(URL_OK, current(), source(fetchFn))).toEqual({ ok: false, reason: 'too-large' });
    expect(pulled).toBeLessThanOrEqual(MAX_SIGNED_BYTES + 2 * (1 << 20));
  });

  it('refuses a signed catalog that drops most procedures (3 left of 5,727)', async () => {
    const three = await encodeCatalog({ version: bundled.version + 1, date: '2026-12-01' }, real.slice(0, 3));
    expect(await fetchCatalogUpdate(URL_OK, current(), source(serve(three)))).toEqual({ ok: false, reason: 'shrunk' });
  });

  it('refuses a catalog whose records decode to something outside the schema', async () => {
    // A checklist item named "" (the last string) fits the compact shape but not the checklist schema.
    const strings = [...newer.strings, ''];
    const emptyNamed: [number, number, null, number, number, null, number, null, number, null, number, null] = [
      strings.length - 1, 0, null, 1, 0, null, 2, null, 0, null, 0, null,
    ];
    const bad = { ...newer, strings, procedures: newer.procedures.map((p, i) => (i === 0 ? { ...p, x: [emptyNamed] } : p)) };
    const sealed = { ...bad, sha256: await payloadDigest(bad) };
    expect(await fetchCatalogUpdate(URL_OK, null, source(serve(sealed)))).toEqual({ ok: false, reason: 'bad-schema' });
  });

  it('carries the held-papers rules inside the signed document: checked by their schema, covered by the digest', async () => {
    const load = await fetchCatalogUpdate(URL_OK, current(), source(serve(newer)));
    expect(load.ok && load.knowledge).toEqual(EXTENDED_RULES);
    // Rules that break their schema (no papers at all), sealed with a matching digest and signed: refused whole.
    const broken = { ...newer, knowledge: { ...EXTENDED_RULES, papers: [] } };
    expect(await fetchCatalogUpdate(URL_OK, current(), source(serve({ ...broken, sha256: await payloadDigest(broken) })))).toEqual({ ok: false, reason: 'bad-schema' });
    // Rules changed after the digest was made (a mirror editing what it serves, then signing with a leaked key): refused.
    const edited = { ...newer, knowledge: { ...EXTENDED_RULES, resolution: { ...EXTENDED_RULES.resolution, validUntil: '2099-12-31' } } };
    expect(await fetchCatalogUpdate(URL_OK, current(), source(serve(edited)))).toEqual({ ok: false, reason: 'bad-hash' });
  });

  it('has a Vietnamese explanation for every reason', () => {
    for (const reason of UPDATE_FAILURES) {
      const text = translate('vi', `catalog.update.${reason}`);
      expect(text).toMatch(/[ăâđêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/);
    }
  });
});

describe('the catalog service keeps the old catalog on any failed update', () => {
  let fetchFn: typeof fetch;
  let url: string;
  let service: CatalogService;

  beforeEach(async () => {
    globalThis.indexedDB = new IDBFactory();
    fetchFn = serve(newer);
    url = URL_OK;
    service = createCatalogService({
      openDb: () => openCatalogDb(),
      loadBundled: async () => structuredClone(bundled),
      catalogUrl: async () => url,
      fetch: (input, init) => fetchFn(input, init),
      publicKey: keys.publicKey,
      now: () => NOW,
    });
  });

  it('fills the store from the bundled catalog on first use', async () => {
    const status = await service.status();
    expect(status.meta).toEqual({ version: bundled.version, date: bundled.date, source: 'bundle', count: real.length, sha256: bundled.sha256 });
    expect((await service.search('dang ky khai sinh')).results[0]?.code).toBe(KHAI_SINH.code);
  });

  it.each<[UpdateFailure, () => void]>([
    ['network', () => (fetchFn = offline)],
    ['bad-json', () => (fetchFn = serve('<html>trang lỗi</html>'))],
    ['bad-hash', () => (fetchFn = serve({ ...newer, sha256: '0'.repeat(64) }))],
    ['bad-schema', () => (fetchFn = serve({ ...newer, format: 'khac' }))],
    ['not-newer', () => (fetchFn = serve({ ...newer, version: bundled.version - 1 }))],
    ['no-url', () => (url = '')],
  ])('%s: old catalog kept, reason recorded', async (reason, breakIt) => {
    await service.status();
    breakIt();
    expect(await service.updateFromUrl()).toEqual({ ok: false, reason });
    const status = await service.status();
    expect(status.meta?.version).toBe(bundled.version);
    expect(status.lastUpdate).toEqual({ at: NOW.toISOString(), ok: false, reason, version: null });
    expect((await service.get(KHAI_SINH.code)).procedure?.name).toBe(KHAI_SINH.name);
    expect((await service.search('dang ky khai sinh')).results[0]?.code).toBe(KHAI_SINH.code);
  });

  it('a good update replaces the catalog and the search sees it', async () => {
    await service.search('khai sinh');
    expect(await service.updateFromUrl()).toEqual({ ok: true, version: newer.version, count: real.length });
    expect((await service.status()).meta).toMatchObject({ version: newer.version, source: 'remote' });
    expect((await service.search('dang ky khai sinh ban cap nhat')).results[0]?.name).toBe(
      'Đăng ký khai sinh (bản cập nhật)',
    );
  });

  it('an installed or updated extension\'s bundled catalog wins over a served one; the served one comes back only if newer', async () => {
    await service.updateFromUrl();
    expect(await service.installBundled()).toEqual({ ok: false, reason: 'not-newer' });
    expect((await service.installBundled({ always: true })).ok).toBe(true);
    expect((await service.status()).meta).toMatchObject({ version: bundled.version, source: 'bundle' });
  }, 60_000);

  it('a start that reports "update" with the very bundle in the store writes nothing: what pages showed stays', async () => {
    const detail = `https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${KHAI_SINH.id}`;
    await service.upsertFromPage({ code: KHAI_SINH.code, name: KHAI_SINH.name }, detail, { items: [GIAY_CHUNG_SINH], unread: [] });
    expect(await service.installBundled({ always: true })).toEqual({ ok: false, reason: 'not-newer' });
    expect((await service.get(KHAI_SINH.code)).procedure?.source).toBe('page');
    // A different bundle (the extension really updated) is imported over it.
    const next = { ...bundled, version: bundled.version + 1 };
    const updated = createCatalogService({ openDb: () => openCatalogDb(), loadBundled: async () => structuredClone(next), catalogUrl: async () => '', fetch: offline });
    expect((await updated.installBundled({ always: true })).ok).toBe(true);
    expect((await updated.get(KHAI_SINH.code)).procedure?.source).toBe('bundle');
  }, 60_000);

  it('a start whose head file names the stored bundle does not even read the 9 MB catalog; a head that differs or fails does', async () => {
    await service.status(); // the bundle in the store, as after any first run
    const loadBundled = vi.fn(async () => structuredClone(bundled) as unknown);
    const startWith = (head: () => Promise<unknown>) =>
      createCatalogService({ openDb: () => openCatalogDb(), loadBundled, loadBundledHead: head, catalogUrl: async () => '', fetch: offline });
    const head = { version: bundled.version, sha256: bundled.sha256 };
    expect(await startWith(async () => head).installBundled({ always: true })).toEqual({ ok: false, reason: 'not-newer' });
    expect(loadBundled).not.toHaveBeenCalled();
    // A head from another build, or none readable: the catalog itself decides (here the very bundle again).
    expect(await startWith(async () => ({ ...head, sha256: '0'.repeat(64) })).installBundled({ always: true })).toEqual({ ok: false, reason: 'not-newer' });
    expect(await startWith(async () => Promise.reject(new Error('404'))).installBundled({ always: true })).toEqual({ ok: false, reason: 'not-newer' });
    expect(loadBundled).toHaveBeenCalledTimes(2);
  }, 60_000);

  it('keeps what the procedure\'s own detail page showed and serves it to the panel', async () => {
    const checklist = { items: [GIAY_CHUNG_SINH], unread: [] };
    const page = { code: KHAI_SINH.code, name: KHAI_SINH.name };
    expect(await service.upsertFromPage(page, `https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${KHAI_SINH.id}`, checklist)).toEqual({ stored: true });
    const { procedure } = await service.get(KHAI_SINH.code);
    // What the page did not say (field, levels, agency) stays as the catalog had it.
    const before = real.find((p) => p.code === KHAI_SINH.code);
    expect(procedure).toMatchObject({ source: 'page', updated: NOW.toISOString().slice(0, 10), field: 'Hộ tịch', levels: before?.levels, agency: before?.agency });
    // The page's rows, then the skips Phụ lục I of NQ 66.7 gives this procedure (carry-annex-skips.ts).
    expect(procedure?.checklist?.items).toEqual(carryAnnexSkips(checklist.items, before?.checklist?.items ?? []));
    expect(procedure?.checklist?.items.slice(1).length).toBeGreaterThan(0);
    // The old portal names the procedure by its code.
    const old = `https://vpcp.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=${KHAI_SINH.code}`;
    expect(await service.upsertFromPage(page, old, checklist)).toEqual({ stored: true });
  });

  it.each([
    ['a search page', 'https://dichvucong.gov.vn/tra-cuu-thu-tuc/danh-sach'],
    ['another procedure\'s detail page', 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019e0000-0000-7000-8000-000000000001'],
    ['a sub-site showing the right UUID', `https://hoc-tap.dichvucong.gov.vn/thu-tuc-hanh-chinh/${KHAI_SINH.id}`],
    ['a sub-site imitating the old portal', `https://hoc-tap.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=${KHAI_SINH.code}`],
    ['the old portal\'s numeric id (not the code)', 'https://vpcp.dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=2456'],
    ['no page (an extension page)', ''],
  ])('refuses a poisoned birth-registration checklist sent from %s', async (_label, url) => {
    const poison = { items: [{ ...GIAY_CHUNG_SINH, name: 'Mật khẩu tài khoản VNeID mức 2' }], unread: [] };
    expect(await service.upsertFromPage({ code: KHAI_SINH.code, name: KHAI_SINH.name }, url, poison)).toEqual({ stored: false });
    expect(JSON.stringify((await service.get(KHAI_SINH.code)).procedure)).not.toContain('Mật khẩu');
  });

  it('refuses a code the catalog does not know: no page can vouch for it', async () => {
    const checklist = { items: [GIAY_CHUNG_SINH], unread: [] };
    const url = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019e0000-0000-7000-8000-000000000001';
    expect(await service.upsertFromPage({ code: '9.999999', name: 'Thủ tục thử nghiệm cấp xã mới' }, url, checklist)).toEqual({ stored: false });
    expect((await service.get('9.999999')).procedure).toBeNull();
  });

  it('what a page showed expires, yields to a newer catalog and is wiped with the citizen', async () => {
    let now = NOW;
    const clocked = createCatalogService({
      openDb: () => openCatalogDb(),
      loadBundled: async () => structuredClone(bundled),
      catalogUrl: async () => url,
      fetch: (input, init) => fetchFn(input, init),
      publicKey: keys.publicKey,
      now: () => now,
    });
    const detail = `https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${KHAI_SINH.id}`;
    const checklist = { items: [GIAY_CHUNG_SINH], unread: [] };
    const learn = () => clocked.upsertFromPage({ code: KHAI_SINH.code, name: KHAI_SINH.name }, detail, checklist);
    const source = async () => (await clocked.get(KHAI_SINH.code)).procedure?.source;

    await learn();
    now = new Date(now.getTime() + (LEARNED_MAX_AGE_DAYS - 1) * 86_400_000);
    expect(await source()).toBe('page');
    now = new Date(now.getTime() + 2 * 86_400_000);
    expect(await source()).toBe('bundle');

    await learn();
    expect(await clocked.updateFromUrl()).toMatchObject({ ok: true });
    expect((await clocked.get(KHAI_SINH.code)).procedure).toMatchObject({ source: 'remote', name: 'Đăng ký khai sinh (bản cập nhật)' });

    await learn();
    await clocked.wipeCitizen();
    expect(await source()).toBe('remote');
  });
});
