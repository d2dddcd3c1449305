// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChecklistResult } from '@/lib/checklist';
import { watchChecklist } from '@/lib/checklist/watch.dom';
import { detailPageHtml } from '../support/detail-page-html';
import { portalRecords } from '../support/shared-procedures';

let records: Map<string, Record<string, unknown>>;
beforeAll(async () => {
  records = await portalRecords(['1.001193', '1.000931']);
}, 60_000);

let stop = () => {};
afterEach(() => {
  stop();
  document.body.replaceChildren();
});

const bodyOf = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
const until = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
};

describe('watchChecklist', () => {
  it('waits for the late-rendered table, then reads it once', async () => {
    const seen: ChecklistResult[] = [];
    document.body.innerHTML = '<div id="root">Đang tải…</div>';
    stop = watchChecklist(document, (r) => seen.push(r), { timeoutMs: 2000, settleMs: 20 });
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toHaveLength(0);
    document.body.innerHTML = bodyOf(detailPageHtml(records.get('1.001193') as never));
    await until(() => seen.length > 0);
    expect(seen[0]?.checklist.procedure?.code).toBe('1.001193');
    // A re-render with the same content does not notify again.
    document.body.innerHTML = bodyOf(detailPageHtml(records.get('1.001193') as never));
    await new Promise((r) => setTimeout(r, 100));
    expect(seen).toHaveLength(1);
  });

  it('reads the page again when the portal renders another procedure in place', async () => {
    const seen: ChecklistResult[] = [];
    document.body.innerHTML = bodyOf(detailPageHtml(records.get('1.001193') as never));
    stop = watchChecklist(document, (r) => seen.push(r), { timeoutMs: 2000, settleMs: 20 });
    await until(() => seen.length > 0);
    document.body.innerHTML = bodyOf(detailPageHtml(records.get('1.000931') as never));
    await until(() => seen.length > 1);
    expect(seen.map((r) => r.checklist.procedure?.code)).toEqual(['1.001193', '1.000931']);
  });

  it('says what it could not read when the table never comes, or goes away later', async () => {
    const seen: ChecklistResult[] = [];
    document.body.innerHTML = '<div id="root">Đang tải…</div>';
    stop = watchChecklist(document, (r) => seen.push(r), { timeoutMs: 100, settleMs: 20 });
    await until(() => seen.length > 0);
    expect(seen[0]?.checklist.items).toEqual([]);
    expect(seen[0]?.unread).toEqual(['Không tìm thấy bảng “Thành phần hồ sơ” trên trang.']);

    document.body.innerHTML = bodyOf(detailPageHtml(records.get('1.001193') as never));
    await until(() => seen.length > 1);
    expect(seen[1]?.checklist.items.length).toBeGreaterThan(0);
    for (const table of Array.from(document.querySelectorAll('table'))) table.remove();
    await until(() => seen.length > 2);
    expect(seen[2]?.checklist).toMatchObject({ procedure: { code: '1.001193' }, items: [] });
    expect(seen[2]?.unread).toEqual(['Không tìm thấy bảng “Thành phần hồ sơ” trên trang.']);
  });

  it('with quietMs, a page that stopped changing gets its answer early; one still rendering is waited for', async () => {
    const seen: ChecklistResult[] = [];
    document.body.innerHTML = '<div id="root">Đang tải…</div>';
    stop = watchChecklist(document, (r) => seen.push(r), { timeoutMs: 60_000, settleMs: 20, quietMs: 1000 });
    // Rendering in small steps, each under the quiet time: not given up on.
    const root = document.getElementById('root') as HTMLElement;
    for (let i = 0; i < 6; i++) {
      await new Promise((r) => setTimeout(r, 50));
      root.append(document.createElement('p'));
    }
    expect(seen).toHaveLength(0);
    // Then still: the empty answer comes long before the 60 s budget…
    await until(() => seen.length > 0, 10_000);
    expect(seen[0]?.unread).toEqual(['Không tìm thấy bảng “Thành phần hồ sơ” trên trang.']);
    // …and a table rendered after that still replaces it.
    document.body.innerHTML = bodyOf(detailPageHtml(records.get('1.001193') as never));
    await until(() => seen.length > 1);
    expect(seen[1]?.checklist.procedure?.code).toBe('1.001193');
  });

  it('stops when asked', async () => {
    const seen: ChecklistResult[] = [];
    document.body.innerHTML = bodyOf(detailPageHtml(records.get('1.001193') as never));
    stop = watchChecklist(document, (r) => seen.push(r), { timeoutMs: 2000, settleMs: 20 });
    await until(() => seen.length > 0);
    stop();
    document.body.innerHTML = bodyOf(detailPageHtml(records.get('1.000931') as never));
    await new Promise((r) => setTimeout(r, 100));
    expect(seen).toHaveLength(1);
  });
});
