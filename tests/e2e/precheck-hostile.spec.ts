import { encodeJpeg, jpegWithRepeatedSegment, pdfWithUnterminatedObjectStreams, pngWithChunkBomb, textPage, textPdf } from '../support/generate-files';
import { PROCEDURES } from '../support/replica/procedures';
import { openSignedInFiling, setKnobs, uploadOnFiling } from '../support/replica/steps';
import { expect, test } from './fixtures';

const MB = 1024 * 1024;
/** Just under the portal's 2 MB: what a user can attach, all of it read. */
const UNDER_LIMIT = 1_950_000;
/** A generous guard, not a performance goal (that is `npm run bench`): the checks are bounded to ~2 s, the watchdog to 6 s. */
const VERDICT_GUARD_MS = 10_000;

test('on the filing page, files built to stall a checker each get their verdict in time, and the next file is checked as usual', async ({
  context,
}) => {
  const photo = encodeJpeg(textPage(400, 560), 85);
  const hostile = [
    // A colour profile that inflates to 1 GiB: the PNG decoder is handed the pixel chunks only.
    { name: 'ho-so-icc.png', mimeType: 'image/png', buffer: Buffer.from(pngWithChunkBomb('iCCP', 1024 * MB)) },
    { name: 'luong-khong-ket-thuc.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfWithUnterminatedObjectStreams(UNDER_LIMIT)) },
    { name: 'nhieu-khung.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(jpegWithRepeatedSegment(photo, 0xc0, UNDER_LIMIT)) },
  ];
  const page = await context.newPage();
  await setKnobs(page, { uploadDelayMs: 100, toastMs: 1000 });
  await openSignedInFiling(page, PROCEDURES.thuongTru.id);
  await expect(page.locator('button[title="Tải lên file"]')).toHaveCount(2);
  const dock = page.locator('dvc-assistant');
  const result = (name: string) => dock.getByRole('listitem').filter({ hasText: name }).first();

  for (const file of hostile) {
    await uploadOnFiling(page, 1, file);
    // Checked, not given up on by the watchdog, and settled within the guard.
    await expect(result(file.name)).toContainText(/Tệp ổn|Nên xem lại|Cần sửa/, { timeout: VERDICT_GUARD_MS });
  }
  await expect(result('luong-khong-ket-thuc.pdf')).toContainText('Cần sửa');
  await expect(result('nhieu-khung.jpg')).toContainText('Cần sửa');

  await uploadOnFiling(page, 1, { name: 'dang-ky-xe.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await textPdf(2)) });
  await expect(result('dang-ky-xe.pdf')).toContainText('Tệp ổn', { timeout: VERDICT_GUARD_MS });
});
