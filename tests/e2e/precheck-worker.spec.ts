import { expect, test } from './fixtures';

test('the pre-check frame runs the checks in its worker on a File handed over a private port', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const reply = await page.evaluate(async (origin) => {
    const frame = document.createElement('iframe');
    frame.src = `${origin}/precheck-frame.html`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const channel = new MessageChannel();
    frame.contentWindow?.postMessage({ type: 'dvc-precheck/connect' }, origin, [channel.port2]);
    // A PDF cut before its end, as an interrupted download leaves it.
    const file = new File(['%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'], 'to-khai.pdf', { type: 'application/pdf' });
    const answer = new Promise<unknown>((resolve) => {
      channel.port1.onmessage = (event) => resolve(event.data);
    });
    channel.port1.postMessage({ id: 7, file, row: null, site: 'portal-filing', lang: 'vi' });
    return answer;
  }, `chrome-extension://${extensionId}`);
  expect(reply).toMatchObject({ id: 7, ok: true, analysis: { name: 'to-khai.pdf', kind: 'pdf' } });
  const checks = (reply as { analysis: { checks: { code: string; level: string }[] } }).analysis.checks;
  expect(checks).toContainEqual(expect.objectContaining({ code: 'corrupt', level: 'error' }));
});
