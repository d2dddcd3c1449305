/**
 * `npm start`: builds the extension and opens Debian's Chromium with it, on
 * the replica portal served at the real portal's URLs (see README, "How the
 * replica works"). Headed: opens the home page and the khai sinh detail page
 * and runs until the browser is closed. `--headless` (or no display on Linux):
 * walks every replica page, saves screenshots with the overlay to
 * artifacts/NN-name.png, prints the folder and exits.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from '../tests/support/launch';
import { detailUrl, PROCEDURES } from '../tests/support/replica/procedures';
import { tourReplica } from '../tests/support/replica/tour';
import { REPO_ROOT } from './shared-data';

const ARTIFACTS = path.join(REPO_ROOT, 'artifacts');

function wantsHeadless(): boolean {
  if (process.argv.includes('--headless')) return true;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log('Không có màn hình (biến DISPLAY chưa được đặt): chạy không giao diện và lưu ảnh chụp màn hình.');
    console.log('No display (DISPLAY is not set): running headless and saving screenshots.');
    return true;
  }
  return false;
}

function build(): void {
  console.log('▶ wxt build');
  const result = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('Không build được tiện ích. / The extension did not build.');
    process.exit(result.status ?? 1);
  }
}

async function headlessTour(): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const old of readdirSync(ARTIFACTS)) if (/^\d\d-.+\.png$/.test(old)) rmSync(path.join(ARTIFACTS, old));
  const context = await launchWithExtension({ headless: true });
  try {
    const { files, withoutCard } = await tourReplica(context, ARTIFACTS);
    console.log(`\nĐã lưu ${files.length} ảnh chụp màn hình / Saved ${files.length} screenshots:`);
    for (const file of files) console.log(`  ${path.relative(REPO_ROOT, file)}`);
    console.log(`\nThư mục / Folder: ${ARTIFACTS}`);
    // The tour is also the check that the guide's card runs on every page a person meets.
    if (withoutCard.length) {
      console.error(`Trang không có thẻ hướng dẫn / pages without the guide card: ${withoutCard.join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    await context.close();
  }
}

async function headed(): Promise<void> {
  const context = await launchWithExtension({ headless: false });
  const closed = new Promise<void>((resolve) => context.on('close', () => resolve()));
  const home = context.pages()[0] ?? (await context.newPage());
  await home.goto('https://dichvucong.gov.vn/');
  const detail = await context.newPage();
  await detail.goto(detailUrl(PROCEDURES.khaiSinh.id));
  console.log('Chromium đang mở bản mô phỏng Cổng Dịch vụ công với tiện ích. Đóng trình duyệt để kết thúc.');
  console.log('Chromium is showing the replica portal with the extension. Close the browser to finish.');
  await closed;
}

const headless = wantsHeadless();
build();
await (headless ? headlessTour() : headed());
