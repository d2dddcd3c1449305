/** A single-channel 8-bit image: what the quality measures look at. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * Area-average downscale of an interleaved image (1 to 4 channels) so its
 * longer side is at most `maxLongSide`. Returns the input when it is already
 * small enough. Each output pixel averages the source rectangle it covers,
 * which keeps text edges honest for the blur measure (no aliasing).
 */
export function downscale(
  data: Uint8Array,
  width: number,
  height: number,
  channels: number,
  maxLongSide: number,
): { data: Uint8Array; width: number; height: number } {
  const long = Math.max(width, height);
  if (long <= maxLongSide) return { data, width, height };
  const scale = maxLongSide / long;
  const outW = Math.max(1, Math.round(width * scale));
  const outH = Math.max(1, Math.round(height * scale));
  const out = new Uint8Array(outW * outH * channels);
  const xStarts = new Int32Array(outW + 1);
  for (let x = 0; x <= outW; x++) xStarts[x] = Math.min(width, Math.floor((x * width) / outW));
  const sums = new Float64Array(outW * channels);
  for (let oy = 0; oy < outH; oy++) {
    const y0 = Math.floor((oy * height) / outH);
    const y1 = Math.max(y0 + 1, Math.floor(((oy + 1) * height) / outH));
    sums.fill(0);
    for (let y = y0; y < y1; y++) {
      const row = y * width * channels;
      for (let ox = 0; ox < outW; ox++) {
        const xa = xStarts[ox] as number;
        const xb = Math.max(xa + 1, xStarts[ox + 1] as number);
        for (let c = 0; c < channels; c++) {
          let s = 0;
          for (let x = xa; x < xb; x++) s += data[row + x * channels + c] as number;
          sums[ox * channels + c] = (sums[ox * channels + c] as number) + s;
        }
      }
    }
    for (let ox = 0; ox < outW; ox++) {
      const xa = xStarts[ox] as number;
      const area = (Math.max(xa + 1, xStarts[ox + 1] as number) - xa) * (y1 - y0);
      for (let c = 0; c < channels; c++) {
        out[(oy * outW + ox) * channels + c] = Math.round((sums[ox * channels + c] as number) / area);
      }
    }
  }
  return { data: out, width: outW, height: outH };
}

/** Rec. 601 luma of interleaved pixels (1–4 channels; a 2nd/4th channel is alpha, composited on white). */
export function toGray(data: ArrayLike<number>, width: number, height: number, channels: number, maxValue = 255): GrayImage {
  const n = width * height;
  const out = new Uint8Array(n);
  const k = 255 / maxValue;
  const hasAlpha = channels === 2 || channels === 4;
  for (let i = 0; i < n; i++) {
    const p = i * channels;
    let y =
      channels >= 3
        ? 0.299 * (data[p] as number) + 0.587 * (data[p + 1] as number) + 0.114 * (data[p + 2] as number)
        : (data[p] as number);
    if (hasAlpha) {
      const a = (data[p + channels - 1] as number) / maxValue;
      y = y * a + maxValue * (1 - a);
    }
    out[i] = Math.min(255, Math.round(y * k));
  }
  return { width, height, data: out };
}
