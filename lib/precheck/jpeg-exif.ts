/**
 * The EXIF orientation tag (0x0112) from a JPEG APP1 segment's payload
 * ("Exif\0\0" + TIFF), or null when absent or unreadable. Bounds-checked: the
 * segment is untrusted.
 */
export function readExifOrientation(seg: Uint8Array): number | null {
  if (seg.length < 14) return null;
  const header = String.fromCharCode(...seg.subarray(0, 6));
  if (header !== 'Exif\0\0') return null;
  const tiff = seg.subarray(6);
  const little = tiff[0] === 0x49 && tiff[1] === 0x49;
  const big = tiff[0] === 0x4d && tiff[1] === 0x4d;
  if (!little && !big) return null;
  const u16 = (at: number) =>
    little ? (tiff[at] as number) | ((tiff[at + 1] as number) << 8) : ((tiff[at] as number) << 8) | (tiff[at + 1] as number);
  const u32 = (at: number) => (little ? u16(at) + u16(at + 2) * 65536 : u16(at) * 65536 + u16(at + 2));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return null;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return null;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : null;
    }
  }
  return null;
}
