import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface FrameRun {
  /** Messages posted with `connect` before the real one, each with its own port (a page trying to take the channel). */
  decoys: { type: string; token?: string }[];
  watchdogMs?: number;
  /** Files to check, in order, made in the page: `slowPdf` is sound but takes a reader seconds (millions of numbers). */
  files: ('cutPdf' | 'slowPdf')[];
}

/**
 * Opens the pre-check frame the way the overlay does (a random token in its
 * URL), from an extension page, connects after any decoys, sends the files
 * and returns every reply in arrival order, plus what the decoys' ports got.
 */
function runFrame(page: Page, run: FrameRun) {
  return page.evaluate(async ({ decoys, watchdogMs, files }) => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { getURL(path: string): string } } };
    const src = chrome.runtime.getURL('/precheck-frame.html');
    const token = crypto.randomUUID();
    const frame = document.createElement('iframe');
    frame.src = `${src}#${token}`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    // The per-session URL redirects to the extension's own origin, this page's.
    const origin = location.origin;
    const decoyReplies: unknown[] = [];
    for (const decoy of decoys) {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => decoyReplies.push(event.data);
      frame.contentWindow?.postMessage(decoy, origin, [channel.port2]);
      channel.port1.postMessage({ id: 99, file: new File(['%PDF-1.7\n'], 'decoy.pdf'), row: null, site: 'portal-filing', lang: 'vi' });
    }
    const channel = new MessageChannel();
    frame.contentWindow?.postMessage({ type: 'dvc-precheck/connect', token, watchdogMs }, origin, [channel.port2]);
    const make = {
      // A PDF cut before its end, as an interrupted download leaves it.
      cutPdf: () => new File(['%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'], 'to-khai.pdf'),
      // ~10 MB: within what is read for the portal's 2 MB limit, and seconds of parsing for any PDF reader.
      slowPdf: () => new File([`%PDF-1.7\n1 0 obj\n[${'0 '.repeat(4_900_000)}]\nendobj\nstartxref\n9\n%%EOF\n`], 'mang-lon.pdf'),
    };
    const replies: unknown[] = [];
    const all = new Promise<void>((resolve) => {
      channel.port1.onmessage = (event) => {
        replies.push(event.data);
        if (replies.length === files.length) resolve();
      };
    });
    files.forEach((kind, i) => {
      channel.port1.postMessage({ id: i + 1, file: make[kind](), row: null, site: 'portal-filing', lang: 'vi' });
    });
    await all;
    return { replies, decoyReplies };
  }, run);
}

test('the pre-check frame runs the checks in its worker on a File handed over a private port', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const { replies } = await runFrame(page, { decoys: [], files: ['cutPdf'] });
  expect(replies[0]).toMatchObject({ id: 1, ok: true, analysis: { name: 'to-khai.pdf', kind: 'pdf' } });
  const checks = (replies[0] as { analysis: { checks: { code: string; level: string }[] } }).analysis.checks;
  expect(checks).toContainEqual(expect.objectContaining({ code: 'corrupt', level: 'error' }));
});

test('a connect without the frame token is ignored: posting it first does not take the channel', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const decoys = [
    ...Array.from({ length: 20 }, () => ({ type: 'dvc-precheck/connect' })),
    { type: 'dvc-precheck/connect', token: 'not-the-token-of-this-frame' },
  ];
  const { replies, decoyReplies } = await runFrame(page, { decoys, files: ['cutPdf'] });
  expect(replies).toEqual([expect.objectContaining({ id: 1, ok: true })]);
  expect(decoyReplies).toEqual([]);
});

test('a file that keeps the worker busy past the watchdog is reported as not checked, and the next file is checked', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  // A short watchdog stands in for the product's few seconds; the slow file takes seconds to parse anywhere.
  const { replies } = await runFrame(page, { decoys: [], watchdogMs: 800, files: ['slowPdf', 'cutPdf'] });
  expect(replies).toEqual([
    { id: 1, ok: false, error: 'timeout' },
    expect.objectContaining({ id: 2, ok: true, analysis: expect.objectContaining({ name: 'to-khai.pdf' }) }),
  ]);
});
