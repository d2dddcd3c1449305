import { handlePrecheckRequest, type PrecheckReply } from '../../lib/precheck/worker';
import {
  darken,
  encodeJpeg,
  encodePng,
  type NamedFile,
  sampleFiles,
  textPage,
  withExifOrientation,
} from '../support/generate-files';
import { checkInFrame } from '../support/precheck-frame';
import { expect, test } from './fixtures';

/** Photographed pages as phones make them (sensor noise, upright or turned by EXIF, dim): what the decoders and measures see. */
function generatedPhotos(): NamedFile[] {
  const photo = encodeJpeg(textPage(1600, 1200, { seed: 21, noise: 28 }), 92);
  return [
    { name: 'anh-dien-thoai.jpg', bytes: photo },
    { name: 'anh-dien-thoai-xoay.jpg', bytes: withExifOrientation(photo, 6) },
    { name: 'anh-toi-quet.png', bytes: encodePng(darken(textPage(1000, 1400, { seed: 22, noise: 12 }), 0.3)) },
  ];
}

/** What a user sees of a reply: each check's code and level, or that the file was not checked. */
const verdicts = (reply: PrecheckReply) => (reply.ok ? reply.analysis.checks.map((c) => `${c.code}:${c.level}`) : [`error:${reply.error}`]);
const mimeType = (name: string) => (name.endsWith('.png') ? 'image/png' : 'image/jpeg');

let files: NamedFile[] = [];
let cli: PrecheckReply[] = [];

// Making the files and checking them as the CLI does (in Node) is this file's setup, not the browser's test.
test.beforeAll(async () => {
  // The photos among the samples (sound, damaged, renamed) and the generated ones: what goes through the decoders.
  const photos = Object.values(await sampleFiles()).filter((f) => /\.(jpg|png)$/.test(f.name));
  files = [...photos, ...generatedPhotos()];
  cli = await Promise.all(
    files.map((f, i) =>
      handlePrecheckRequest({ id: i + 1, name: f.name, size: f.bytes.length, bytes: f.bytes, row: null, site: 'portal-filing', lang: 'vi' }),
    ),
  );
});

test("the frame's worker in Chromium gives the CLI's verdicts, file for file", async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const payloads = files.map((f) => ({ name: f.name, mimeType: mimeType(f.name), buffer: Buffer.from(f.bytes) }));
  const { replies } = await checkInFrame(page, { files: payloads });

  expect(replies.map((r) => r.id)).toEqual(files.map((_, i) => i + 1));
  expect(Object.fromEntries(files.map((f, i) => [f.name, verdicts(replies[i] as PrecheckReply)]))).toEqual(
    Object.fromEntries(files.map((f, i) => [f.name, verdicts(cli[i] as PrecheckReply)])),
  );
  // The comparison means something only if the verdicts differ between files: sharp, blurred, dark and turned are all there.
  const all = cli.flatMap(verdicts);
  for (const expected of ['blurred:ok', 'blurred:warn', 'too-dark:warn', 'rotated:warn', 'corrupt:error', 'type-mismatch:warn']) expect(all).toContain(expected);
});
