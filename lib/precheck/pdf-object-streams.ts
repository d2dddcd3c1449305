import { findAscii, findLastAscii } from './file-type';
import { inflatedSize } from './inflate-limit';

const latin1 = new TextDecoder('latin1');
/** How far before its "stream" keyword a stream's dictionary may start. */
const DICT_WINDOW = 4096;
const isLetter = (byte: number | undefined) => byte !== undefined && ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a);

/**
 * Every stream of the file in order, in one pass: its dictionary (from the
 * object's "obj" to the "stream" keyword) and its data (to "endstream");
 * `null` for a stream that never ends, after which nothing is read. Each
 * search starts where the last stream ended, so a file of many unterminated
 * streams costs one scan, not one scan per stream.
 */
function* streams(bytes: Uint8Array): Generator<{ dict: string; data: Uint8Array } | null> {
  for (let from = 0; ; ) {
    let keyword = findAscii(bytes, 'stream', from);
    // "endstream", "upstream" in a name: not a stream's start.
    while (keyword > 0 && isLetter(bytes[keyword - 1])) keyword = findAscii(bytes, 'stream', keyword + 1);
    if (keyword < 0) return;
    let start = keyword + 'stream'.length;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] === 0x0a) start++;
    const end = findAscii(bytes, 'endstream', start);
    if (end < 0) {
      yield null;
      return;
    }
    const window = Math.max(from, keyword - DICT_WINDOW);
    const dictStart = findLastAscii(bytes, 'obj', window, keyword);
    yield { dict: latin1.decode(bytes.subarray(dictStart < 0 ? window : dictStart, keyword)), data: bytes.subarray(start, end) };
    from = end + 'endstream'.length;
  }
}

/** Why a reader should not be asked to open a PDF here: unbounded work for a file of its size. */
export type PdfOpenRefusal = 'unterminated-stream' | 'inflates-too-much' | 'too-many-objects';

export interface PdfOpenLimits {
  /** What the object and cross-reference streams may inflate to, together. */
  inflated: number;
  /** Objects a reader would parse: top-level ones and those packed in object streams. */
  objects: number;
}

/**
 * Whether a reader can open the PDF without unbounded work, or why not:
 * every stream must end; the streams a reader inflates just to open the
 * file (object and cross-reference streams: pdf-lib does on load) must stay
 * within `limits.inflated` (a normal file's hold a few hundred kilobytes of
 * text, a crafted one can inflate to gigabytes); and the objects must be few
 * enough to parse quickly (a scan or a form has tens to thousands; pdf-lib
 * takes ~30 µs each here, so 2 MB of tiny objects would take seconds).
 */
export function refusalToOpen(bytes: Uint8Array, limits: PdfOpenLimits): PdfOpenRefusal | null {
  let inflatedLeft = limits.inflated;
  let objects = 0;
  for (let at = findAscii(bytes, 'endobj'); at >= 0 && objects <= limits.objects; at = findAscii(bytes, 'endobj', at + 6)) objects++;
  for (const stream of streams(bytes)) {
    if (!stream) return 'unterminated-stream';
    // "/XRefStm" in a hybrid file's trailer is an offset, not a stream's type.
    const type = /\/Type\s*\/(ObjStm|XRef)\b/.exec(stream.dict)?.[1];
    if (type === 'ObjStm') objects += Number(/\/N\s+(\d+)/.exec(stream.dict)?.[1] ?? 0);
    if (objects > limits.objects) return 'too-many-objects';
    if (!type || !stream.dict.includes('FlateDecode')) continue;
    const size = inflatedSize([stream.data], inflatedLeft);
    if (size === null) return 'inflates-too-much';
    inflatedLeft -= size;
  }
  return objects > limits.objects ? 'too-many-objects' : null;
}
