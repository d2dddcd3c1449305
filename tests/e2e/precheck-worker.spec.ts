import { checkInFrame } from '../support/precheck-frame';
import { expect, test } from './fixtures';

const pdf = (name: string, text: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(text) });
// A PDF cut before its end, as an interrupted download leaves it.
const cutPdf = pdf('to-khai.pdf', '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
// ~10 MB, sound but seconds of parsing for any PDF reader (millions of numbers): within what is read for the portal's 2 MB limit.
const slowPdf = pdf('mang-lon.pdf', `%PDF-1.7\n1 0 obj\n[${'0 '.repeat(4_900_000)}]\nendobj\nstartxref\n9\n%%EOF\n`);

test('the pre-check frame runs the checks in its worker on a File handed over a private port', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const { replies } = await checkInFrame(page, { files: [cutPdf] });
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
  const { replies, decoyReplies } = await checkInFrame(page, { decoys, files: [cutPdf] });
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
  // Two of them hold both of the frame's workers: the next file waits for a worker the watchdog ended and started again.
  const { replies } = await checkInFrame(page, { watchdogMs: 800, files: [slowPdf, slowPdf, cutPdf] });
  expect(replies).toEqual([
    { id: 1, ok: false, error: 'timeout' },
    { id: 2, ok: false, error: 'timeout' },
    expect.objectContaining({ id: 3, ok: true, analysis: expect.objectContaining({ name: 'to-khai.pdf' }) }),
  ]);
});
