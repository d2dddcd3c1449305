import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { backgroundOf, holdOverlayInjection } from '../support/background';
import { caseIdOf } from '../support/replica/api';
import { detailUrl, PROCEDURES } from '../support/replica/procedures';
import { scrollToFormEndUntil, setKnobs, uploadOnFiling, VNEID } from '../support/replica/steps';
import { darken, encodeJpeg, textPage, textPdf, truncate, withExifOrientation } from '../support/generate-files';
import { REQUEST_TIMEOUT_MS, SHRINK_TIMEOUT_MS } from '../../lib/precheck/frame-protocol';
import { expect, test } from './fixtures';

/** The replica's one-page filing for a real procedure's first case, signed in (the sign-in itself is the replica's own test). */
async function openFiling(page: Page, procedureId: string, rows: number) {
  await setKnobs(page, { uploadDelayMs: 100, toastMs: 1000 });
  await page.goto('https://dichvucong.gov.vn/');
  await page.evaluate((id) => localStorage.setItem('replica.session', JSON.stringify({ id, since: Date.now() })), VNEID.id);
  await page.goto(`https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=${caseIdOf(procedureId, 0)}`);
  await expect(page.locator('button[title="Tải lên file"]')).toHaveCount(rows);
}

/** A two-page PDF whose text is its name: different papers are different bytes, whenever they are made. */
const pdf = async (name: string, cut = 1) => {
  const bytes = await textPdf(2, { title: name });
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(cut < 1 ? truncate(bytes, cut) : bytes) };
};

/** The summary sits below the submit button, at the end of the form: scroll there as a person would. */
const toFormEnd = (page: Page) => page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));

// Đăng ký thường trú, first case: the vehicle papers to upload, and a commune
// confirmation needed only "trong trường hợp…" (so never counted missing).
const VEHICLE = /^Giấy chứng nhận đăng ký phương tiện/;

test('the checker starts once a page shows its papers table, before any file is picked; a page asking for no file starts none', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(detailUrl(PROCEDURES.thuongTru.id));
  await expect(page.locator('dvc-assistant')).toBeAttached();
  // Past the quiet time the overlay waits for a page to settle before it reads the rows.
  await page.waitForTimeout(1500);
  await expect(page.locator('dvc-assistant iframe')).toHaveCount(0);
  await openFiling(page, PROCEDURES.thuongTru.id, 2);
  await expect(page.locator('dvc-assistant iframe')).toHaveCount(1);
});

test('one-page filing: a bad file gets its message on its row; the summary and the slip list exactly what is missing', async ({ context }) => {
  const page = await context.newPage();
  await openFiling(page, PROCEDURES.thuongTru.id, 2);
  const host = page.locator('dvc-assistant');
  const summary = host.getByRole('complementary', { name: 'Trước khi nộp' });
  await scrollToFormEndUntil(page, () =>
    expect(summary.getByRole('listitem')).toHaveText(['Còn thiếu 1 giấy tờ', VEHICLE], { timeout: 2_000 }),
  );

  await uploadOnFiling(page, 1, await pdf('dang-ky-xe.pdf', 0.6));
  const row = host.getByRole('article', { name: VEHICLE });
  await expect(row).toContainText('dang-ky-xe.pdf');
  await expect(row).toContainText('Tệp PDF bị thiếu phần cuối');
  // The portal itself took the file: the check never blocks or alters the upload.
  await expect(page.getByRole('row').filter({ hasText: 'Giấy chứng nhận đăng ký phương tiện' }).getByText('dang-ky-xe.pdf')).toBeVisible();
  await toFormEnd(page);
  await expect(summary.getByRole('listitem')).toHaveText(['Còn thiếu 1 giấy tờ', '1 tệp không đọc được', VEHICLE]);

  const slipOpened = context.waitForEvent('page');
  await summary.getByRole('button', { name: 'Xem danh sách giấy tờ cần bổ sung' }).click();
  const slip = await slipOpened;
  await expect(slip.getByText('Thủ tục: Đăng ký thường trú')).toBeVisible();
  const needed = slip.getByTestId('slip-needed').locator(':scope > li');
  await expect(needed).toHaveCount(1);
  await expect(needed.nth(0)).toContainText(VEHICLE);
  await expect(needed.nth(0)).toContainText('Tệp "dang-ky-xe.pdf" chưa dùng được');
  await expect(needed.nth(0)).toContainText('Tệp PDF bị thiếu phần cuối');
  await expect(needed.nth(0)).toContainText('Cần: 1 bản chính');

  await page.bringToFront();
  await uploadOnFiling(page, 1, await pdf('dang-ky-xe-ban-dung.pdf'));
  await expect(row).toContainText('Tệp ổn');
  await toFormEnd(page);
  // The paper is there now; the cut copy the portal also took is still worth removing.
  await expect(summary.getByRole('listitem')).toHaveText(['1 tệp không đọc được']);
});

// Đăng ký tạm trú, first case: housing proof the state holds (VNeID), the CT01 declaration, an example note.
const HOUSING = /^Thông tin chứng minh về chỗ ở hợp pháp/;

test('one-page filing: a file on a VNeID-held row brings the reminder, and the user can go on', async ({ context }) => {
  const page = await context.newPage();
  await openFiling(page, PROCEDURES.tamTru.id, 3);
  const host = page.locator('dvc-assistant');
  await uploadOnFiling(page, 1, await pdf('hop-dong-thue-nha.pdf'));
  const alert = host.getByRole('alert');
  await expect(alert).toContainText('đã có trên VNeID');
  await expect(alert).toContainText('Căn cứ:');
  await expect(alert).toContainText(HOUSING);
  await alert.getByRole('button', { name: 'Vẫn tải lên' }).click();
  await expect(host.getByRole('alert')).toHaveCount(0);
  // Never blocked: the portal has the file, and the row's result is there.
  await expect(page.getByRole('row').filter({ hasText: 'Thông tin chứng minh về chỗ ở hợp pháp' }).getByText('hop-dong-thue-nha.pdf')).toBeVisible();
  await expect(host.getByRole('article', { name: HOUSING })).toContainText('hop-dong-thue-nha.pdf');
  // Nothing is missing (the declaration is the online form, the proof is held); the file is worth a second look.
  await toFormEnd(page);
  await expect(host.getByRole('complementary', { name: 'Trước khi nộp' }).getByRole('listitem')).toHaveText(['1 tệp nên xem lại']);
});

test('one-page filing: a file attached before the assistant arrives is still checked, on its row, with the reminder', async ({ context, extensionId }) => {
  const injection = await holdOverlayInjection(await backgroundOf(context, extensionId));
  const page = await context.newPage();
  await openFiling(page, PROCEDURES.tamTru.id, 3);
  await uploadOnFiling(page, 1, await pdf('hop-dong-thue-nha.pdf'));
  const portalRow = page.getByRole('row').filter({ hasText: 'Thông tin chứng minh về chỗ ở hợp pháp' });
  await expect(portalRow.getByText('hop-dong-thue-nha.pdf')).toBeVisible();
  const host = page.locator('dvc-assistant');
  await expect(host).toHaveCount(0);

  await injection.release();
  await expect(host.getByRole('alert')).toContainText('đã có trên VNeID');
  await expect(host.getByRole('alert')).toContainText(HOUSING);
  await expect(host.getByRole('article', { name: HOUSING })).toContainText('hop-dong-thue-nha.pdf');
});

test('one-page filing: the same file on two rows is flagged on the second', async ({ context }) => {
  const page = await context.newPage();
  await openFiling(page, PROCEDURES.thuongTru.id, 2);
  const file = await pdf('giay-to.pdf');
  await uploadOnFiling(page, 0, file);
  await uploadOnFiling(page, 1, { ...file, name: 'giay-to-2.pdf' });
  const row = page.locator('dvc-assistant').getByRole('article', { name: VEHICLE });
  await expect(row).toContainText('giống hệt tệp "giay-to.pdf"');
});

test('one-page filing: a page posting "connect" to the pre-check frame over and over does not stop the checks', async ({ context }) => {
  const page = await context.newPage();
  await openFiling(page, PROCEDURES.thuongTru.id, 2);
  // A hostile page: it finds the hidden frame in the open shadow root and tries to take its channel,
  // with every token it can read from the DOM, from before the frame loads until the end.
  await page.evaluate(() => {
    setInterval(() => {
      for (const frame of document.querySelector('dvc-assistant')?.shadowRoot?.querySelectorAll('iframe') ?? []) {
        const fromDom = [frame.src, frame.getAttribute('src') ?? '', frame.name].map((s) => s.split('#')[1] ?? s);
        for (const token of [undefined, ...fromDom]) {
          frame.contentWindow?.postMessage({ type: 'dvc-precheck/connect', token }, '*', [new MessageChannel().port2]);
        }
      }
    }, 5);
  });
  await uploadOnFiling(page, 1, await pdf('dang-ky-xe.pdf', 0.6));
  await expect(page.locator('dvc-assistant').getByRole('article', { name: VEHICLE })).toContainText('Tệp PDF bị thiếu phần cuối');
});

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const rectOf = async (locator: Locator): Promise<Rect> => {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return box;
};

for (const size of [
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
]) {
  test(`one-page filing at ${size.width}×${size.height}: each row's result sits beside its row, never over a paper's name`, async ({ context }) => {
    const page = await context.newPage();
    await page.setViewportSize(size);
    await openFiling(page, PROCEDURES.tamTru.id, 3);
    const host = page.locator('dvc-assistant');
    const names = ['giay-to-0.pdf', 'hop-dong-thue-nha.pdf', 'to-khai-ct01.pdf'];
    for (const [i, name] of names.entries()) await uploadOnFiling(page, i, await pdf(name));
    const cards = host.locator('article[data-row-key]');
    await expect(cards).toHaveCount(3);
    for (const [i, name] of names.entries()) await expect(cards.nth(i)).toContainText(name);
    // The reminder on the VNeID-held paper is inside that row's card, still an alert.
    await expect(cards.nth(1).getByRole('alert')).toContainText('đã có trên VNeID');

    const table = page.locator('table:visible').filter({ has: page.getByRole('columnheader', { name: 'Tên giấy tờ' }) });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(3);
    // Scrolled as a person would to the table, with the results placed for that scroll position.
    await rows.nth(0).scrollIntoViewIfNeeded();
    await expect(cards.nth(2)).toBeVisible();
    await expect
      .poll(async () => {
        const rowRects = await Promise.all([0, 1, 2].map((i) => rectOf(rows.nth(i))));
        const nameRects = await Promise.all([0, 1, 2].map((i) => rectOf(rows.nth(i).locator('td').nth(1))));
        const cardRects = await Promise.all([0, 1, 2].map((i) => rectOf(cards.nth(i))));
        const problems: string[] = [];
        for (const [c, card] of cardRects.entries()) {
          for (const [n, name] of nameRects.entries()) if (overlaps(card, name)) problems.push(`card ${c} covers name ${n}`);
          // Next to its own row: right of its name, and nearer its own row than any other.
          if (card.x < (nameRects[c] as Rect).x + (nameRects[c] as Rect).width) problems.push(`card ${c} not right of its name`);
          const distance = (r: Rect) => Math.abs(card.y - (r.y + r.height));
          const nearest = rowRects.map(distance).indexOf(Math.min(...rowRects.map(distance)));
          if (nearest !== c) problems.push(`card ${c} nearest row ${nearest}`);
        }
        return problems;
      })
      .toEqual([]);
  });
}

/** A dim phone snapshot, small and stored sideways: several findings, so a tall card. */
const dimSidewaysPhoto = (name: string, seed: number) => ({
  name,
  mimeType: 'image/jpeg',
  buffer: Buffer.from(withExifOrientation(encodeJpeg(darken(textPage(420, 560, { seed }), 0.3), 80), 6)),
});

for (const size of [
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
]) {
  test(`one-page filing at ${size.width}×${size.height}: cards with several findings stay inside the window and off the names, wherever the table is scrolled`, async ({
    context,
  }) => {
    const page = await context.newPage();
    await page.setViewportSize(size);
    await openFiling(page, PROCEDURES.tamTru.id, 3);
    const host = page.locator('dvc-assistant');
    await uploadOnFiling(page, 0, dimSidewaysPhoto('anh-giay-to.jpg', 31));
    await uploadOnFiling(page, 1, await pdf('hop-dong-thue-nha.pdf'));
    await uploadOnFiling(page, 2, dimSidewaysPhoto('anh-to-khai.jpg', 32));
    const cards = host.locator('article[data-row-key]');
    await expect(cards).toHaveCount(3);
    for (const i of [0, 2]) {
      await expect(cards.nth(i)).toContainText('Ảnh đang bị xoay');
      await expect(cards.nth(i)).toContainText('Ảnh quá tối');
    }
    await expect(cards.nth(1).getByRole('alert')).toContainText('đã có trên VNeID');

    const table = page.locator('table:visible').filter({ has: page.getByRole('columnheader', { name: 'Tên giấy tờ' }) });
    const rows = table.locator('tbody tr');
    // The table at the top of the window, then its last row at the bottom (where a card below its row has no room).
    for (const block of ['start', 'end'] as const) {
      await rows.nth(block === 'start' ? 0 : 2).evaluate((row, block) => row.scrollIntoView({ block }), block);
      await expect
        .poll(async () => {
          const viewport = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: window.innerHeight }));
          const nameRects = await Promise.all([0, 1, 2].map((i) => rectOf(rows.nth(i).locator('td').nth(1))));
          const problems: string[] = [];
          for (const i of [0, 1, 2]) {
            if (!(await cards.nth(i).isVisible())) continue;
            const card = await rectOf(cards.nth(i));
            if (card.x < 0 || card.y < 0 || card.x + card.width > viewport.width || card.y + card.height > viewport.height) {
              problems.push(`card ${i} off the window: ${JSON.stringify(card)}`);
            }
            for (const [n, name] of nameRects.entries()) if (overlaps(card, name)) problems.push(`card ${i} covers name ${n}`);
          }
          return problems;
        })
        .toEqual([]);
      // Each row with a finding still shows its card (none is hidden to make room).
      for (const i of [0, 1, 2]) {
        const row = await rectOf(rows.nth(i));
        const viewportHeight = await page.evaluate(() => window.innerHeight);
        if (row.y >= 0 && row.y + row.height <= viewportHeight) await expect(cards.nth(i)).toBeVisible();
      }
    }
  });
}

test('one-page filing at 1280×800: a card shortened to fit the window scrolls from the keyboard, and still lets clicks through to the page', async ({ context }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await openFiling(page, PROCEDURES.tamTru.id, 3);
  // Four dim, turned photos on the last row: a card taller than the room below that row.
  for (const seed of [41, 42, 43, 44]) await uploadOnFiling(page, 2, dimSidewaysPhoto(`anh-${seed}.jpg`, seed));
  const card = page.locator('dvc-assistant article[data-row-key]').last();
  await expect(card.getByText('Ảnh quá tối')).toHaveCount(4);
  const table = page.locator('table:visible').filter({ has: page.getByRole('columnheader', { name: 'Tên giấy tờ' }) });
  await table.locator('tbody tr').nth(2).evaluate((row) => row.scrollIntoView({ block: 'end' }));
  // Shortened: it scrolls inside itself, so it is in the Tab order (a scrolling region must be reachable without a mouse), and the arrow keys scroll it.
  await expect.poll(() => card.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  await expect(card).toHaveAttribute('tabindex', '0');
  await card.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('PageDown');
  await expect.poll(() => card.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  // A click where the card lies reaches the portal under it.
  const box = await rectOf(card);
  const under = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
  expect(under).not.toBe('DVC-ASSISTANT');
});

test('one-page filing: a 3 MB phone photo stored sideways gets its verdict and "Tạo bản nhỏ hơn"; the copy, under 2 MB, passes when attached', async ({ context }) => {
  // Encoding a 12-MP photo here is seconds of pure-JS JPEG work on this machine.
  test.slow();
  // A page photographed at phone size and quality, with sensor noise, stored sideways with an EXIF turn, as phones do.
  const photo = withExifOrientation(encodeJpeg(textPage(3000, 4000, { noise: 24 }), 92), 6);
  expect(photo.length).toBeGreaterThan(3_000_000);
  const page = await context.newPage();
  await openFiling(page, PROCEDURES.thuongTru.id, 2);
  const host = page.locator('dvc-assistant');
  // A first paper checked: the pre-check frame is up before the photo comes.
  await uploadOnFiling(page, 0, await pdf('xac-nhan.pdf'));
  await expect(host.locator('article[data-row-key="0"]')).toContainText('Tệp ổn');
  // The portal refuses it with a toast of its own; the overlay still checks it (its frame must survive the page's DOM changes).
  await uploadOnFiling(page, 1, { name: 'anh-dang-ky-xe.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(photo) });
  const card = host.getByRole('article', { name: VEHICLE });
  // The real verdict, within the worker's watchdog: not "Không kiểm tra được tệp này".
  await expect(card).toContainText('quá giới hạn 2MB', { timeout: REQUEST_TIMEOUT_MS });
  await expect(card).toContainText('Ảnh đang bị xoay');
  await expect(card).not.toContainText('Không kiểm tra được tệp này');
  await expect(card).toContainText('tạo ngay trên máy này một bản nhỏ hơn');
  // The card, longer with two findings, sits below its row: scrolled to the top of the window, as a person would, to reach its button.
  await page.getByRole('row').filter({ hasText: 'Giấy chứng nhận đăng ký phương tiện' }).evaluate((row) => row.scrollIntoView({ block: 'start' }));
  await card.getByRole('button', { name: 'Tạo bản nhỏ hơn' }).click();
  const save = card.getByRole('link', { name: 'Lưu tệp anh-dang-ky-xe-ban-nho.jpg' });
  // Waited for as long as the worker's watchdog lets a copy take (SHRINK_TIMEOUT_MS), not longer.
  await expect(save).toBeVisible({ timeout: SHRINK_TIMEOUT_MS });
  await expect(card).toContainText('chọn tệp "anh-dang-ky-xe-ban-nho.jpg"');
  const downloaded = page.waitForEvent('download');
  await save.click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe('anh-dang-ky-xe-ban-nho.jpg');
  const copy = await readFile(await download.path());
  expect(copy.length).toBeLessThan(2_000_000);

  await uploadOnFiling(page, 1, { name: download.suggestedFilename(), mimeType: 'image/jpeg', buffer: copy });
  const result = card.locator('.dvc-file').filter({ hasText: /^anh-dang-ky-xe-ban-nho\.jpg/ });
  await expect(result).toContainText('Tệp ổn');
  await expect(result.getByRole('button', { name: 'Tạo bản nhỏ hơn' })).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: 'Giấy chứng nhận đăng ký phương tiện' }).getByText('anh-dang-ky-xe-ban-nho.jpg')).toBeVisible();
});
