import type { GrayDecoder } from './gray-decoder';
import { jsGrayDecoder } from './gray-decoder-js';
import { type ImagePlatform, platformGrayDecoder } from './gray-decoder-platform';

/** The browser's decoders where the runtime has them (the extension's worker), else the JS ones (Node, the CLI). */
export function grayDecoderHere(scope: Partial<ImagePlatform> = globalThis as Partial<ImagePlatform>): GrayDecoder {
  const { createImageBitmap, OffscreenCanvas } = scope;
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') return jsGrayDecoder;
  return platformGrayDecoder({ createImageBitmap: createImageBitmap.bind(scope), OffscreenCanvas }, jsGrayDecoder);
}
