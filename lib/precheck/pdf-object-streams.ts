import { findAscii, findLastAscii } from './file-type';
import { inflatedSize } from './inflate-limit';

const latin1 = new TextDecoder('latin1');

/**
 * The FlateDecode data of every object stream and cross-reference stream:
 * the only streams a PDF reader inflates just to open the file (pdf-lib does
 * on load). Found by their /Type, without parsing: the dictionary runs from
 * the object's "obj" to its "stream" keyword, the data to "endstream".
 */
function* streamsReadOnOpen(bytes: Uint8Array): Generator<Uint8Array> {
  for (const type of ['/ObjStm', '/XRef']) {
    for (let hit = findAscii(bytes, type); hit >= 0; hit = findAscii(bytes, type, hit + type.length)) {
      const keyword = findAscii(bytes, 'stream', hit);
      if (keyword < 0) break;
      const dictStart = Math.max(0, findLastAscii(bytes, 'obj', Math.max(0, hit - 4096), hit));
      const dict = latin1.decode(bytes.subarray(dictStart, keyword));
      // "/XRefStm" in a hybrid file's trailer is an offset, not a stream's type.
      if (!/\/Type\s*\/(ObjStm|XRef)\b/.test(dict) || !dict.includes('FlateDecode')) continue;
      let start = keyword + 'stream'.length;
      if (bytes[start] === 0x0d) start++;
      if (bytes[start] === 0x0a) start++;
      const end = findAscii(bytes, 'endstream', start);
      yield bytes.subarray(start, end < 0 ? bytes.length : end);
      hit = Math.max(hit, end);
    }
  }
}

/**
 * Whether the streams a reader must inflate to open the PDF stay, together,
 * within `limit` bytes. A normal file's object streams hold a few hundred
 * kilobytes of text; a crafted one can inflate to gigabytes and take the
 * tab's memory before any page is read.
 */
export function pdfOpensWithin(bytes: Uint8Array, limit: number): boolean {
  let left = limit;
  for (const data of streamsReadOnOpen(bytes)) {
    const size = inflatedSize([data], left);
    if (size === null) return false;
    left -= size;
  }
  return true;
}
