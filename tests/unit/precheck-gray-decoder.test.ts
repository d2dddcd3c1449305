import { describe, expect, it } from 'vitest';
import type { EncodedImage } from '../../lib/precheck/gray-decoder';
import { grayDecoderHere } from '../../lib/precheck/gray-decoder-here';
import { jsGrayDecoder } from '../../lib/precheck/gray-decoder-js';
import { type ImagePlatform, MAX_PLATFORM_PIXELS, platformGrayDecoder } from '../../lib/precheck/gray-decoder-platform';
import { encodeJpeg, textPage, truncate } from '../support/generate-files';

const page = encodeJpeg(textPage(900, 1273), 88);
const photo = (bytes: Uint8Array, width = 900, height = 1273): EncodedImage => ({ kind: 'jpeg', bytes, width, height, orientation: 1 });

/** A browser that refuses every image, counting what it was asked. */
function refusingPlatform() {
  const asked: Blob[] = [];
  const platform: ImagePlatform = {
    createImageBitmap: async (blob) => {
      asked.push(blob);
      throw new DOMException('The source image could not be decoded.', 'InvalidStateError');
    },
    OffscreenCanvas: class {} as unknown as ImagePlatform['OffscreenCanvas'],
  };
  return { platform, asked };
}

describe('the pixel decoder chosen by what the runtime offers', () => {
  it('is the JS one where there is no createImageBitmap or OffscreenCanvas (Node, the CLI)', () => {
    expect(grayDecoderHere()).toBe(jsGrayDecoder);
    expect(grayDecoderHere({ createImageBitmap: async () => ({}) as ImageBitmap })).toBe(jsGrayDecoder);
  });

  it('hands what the browser refuses to the JS decoders, which read it or call it damaged', async () => {
    const { platform, asked } = refusingPlatform();
    const decoder = platformGrayDecoder(platform, jsGrayDecoder);
    const gray = await decoder.decode(photo(page));
    expect(asked).toHaveLength(1);
    expect(gray).toEqual(await jsGrayDecoder.decode(photo(page)));
    expect(gray).toMatchObject({ width: 339, height: 480 });
    await expect(decoder.decode(photo(truncate(page, 0.5)))).rejects.toMatchObject({ damage: 'truncated' });
  });

  it('never hands the browser an image whose full-size raster would be too large', async () => {
    const { platform, asked } = refusingPlatform();
    const decoder = platformGrayDecoder(platform, jsGrayDecoder);
    // The header says more pixels than the platform may hold: the JS decoder reads it at a reduced scale instead.
    await decoder.decode(photo(page, 5000, MAX_PLATFORM_PIXELS / 5000 + 1));
    expect(asked).toHaveLength(0);
  });
});
