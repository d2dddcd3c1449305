/** Enough names to tell a Word document from another archive; hostile archives may claim millions. */
const MAX_ENTRIES = 2000;
/** The end-of-central-directory record sits in the last 22 bytes + up to 64 KB of comment. */
const EOCD_WINDOW = 22 + 0xffff;

const u16 = (b: Uint8Array, at: number) => (b[at] as number) | ((b[at + 1] as number) << 8);
const u32 = (b: Uint8Array, at: number) => u16(b, at) + u16(b, at + 2) * 65536;
const decoder = new TextDecoder('utf-8', { fatal: false });

/**
 * Entry names of a ZIP archive, read from its central directory (or, when
 * that is missing because the file is cut, from the local headers at the
 * start). Never decompresses anything, so a zip bomb costs nothing here.
 */
export function zipEntryNames(bytes: Uint8Array): string[] {
  return fromCentralDirectory(bytes) ?? fromLocalHeaders(bytes);
}

function fromCentralDirectory(bytes: Uint8Array): string[] | null {
  const from = Math.max(0, bytes.length - EOCD_WINDOW);
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes[i] !== 0x50 || u32(bytes, i) !== 0x06054b50) continue;
    const count = Math.min(u16(bytes, i + 10), MAX_ENTRIES);
    let at = u32(bytes, i + 16);
    const names: string[] = [];
    for (let n = 0; n < count; n++) {
      if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return names.length ? names : null;
      const nameLen = u16(bytes, at + 28);
      const end = at + 46 + nameLen;
      if (end > bytes.length) break;
      names.push(decoder.decode(bytes.subarray(at + 46, end)));
      at = end + u16(bytes, at + 30) + u16(bytes, at + 32);
    }
    return names;
  }
  return null;
}

function fromLocalHeaders(bytes: Uint8Array): string[] {
  const names: string[] = [];
  let at = 0;
  while (names.length < MAX_ENTRIES && at + 30 <= bytes.length && u32(bytes, at) === 0x04034b50) {
    const nameLen = u16(bytes, at + 26);
    const extraLen = u16(bytes, at + 28);
    const nameEnd = at + 30 + nameLen;
    if (nameEnd > bytes.length) break;
    names.push(decoder.decode(bytes.subarray(at + 30, nameEnd)));
    const flags = u16(bytes, at + 6);
    // With a data descriptor (bit 3) the size is unknown here: stop rather than scan the data.
    if (flags & 0x08) break;
    at = nameEnd + extraLen + u32(bytes, at + 18);
  }
  return names;
}
