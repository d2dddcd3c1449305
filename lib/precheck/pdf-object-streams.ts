import { findAscii, findLastAscii } from './file-type';
import { inflatedSize } from './inflate-limit';

const latin1 = new TextDecoder('latin1');
/** How far before its "stream" keyword a stream's dictionary may start. */
const DICT_WINDOW = 4096;
const isLetter = (byte: number | undefined) => byte !== undefined && ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a);

/** A stream's /Length when it is written in its dictionary (not a reference to another object). */
const directLength = (dict: string): number | null => {
  const match = /\/Length\s+(\d+)(\s+\d+\s+R)?/.exec(dict);
  return match && !match[2] ? Number(match[1]) : null;
};

/** Where "endstream" starts if it follows `at` after at most an end of line, else -1. */
function endstreamAt(bytes: Uint8Array, at: number): number {
  let i = at;
  while (i < at + 2 && (bytes[i] === 0x0d || bytes[i] === 0x0a || bytes[i] === 0x20)) i++;
  return findAscii(bytes, 'endstream', i, i + 'endstream'.length) === i ? i : -1;
}

/** Occurrences of "endobj" in bytes[from, to). */
function countEndobj(bytes: Uint8Array, from: number, to: number): number {
  let count = 0;
  for (let at = findAscii(bytes, 'endobj', from, to); at >= 0; at = findAscii(bytes, 'endobj', at + 6, to)) count++;
  return count;
}

interface StreamWalk {
  /** Every stream in order: its dictionary (from the object's "obj" to "stream") and its data (to "endstream"). */
  streams: { dict: string; data: Uint8Array }[];
  /** A stream never ends: nothing after its keyword was walked. */
  unterminated: boolean;
  /** "endobj" keywords of top-level objects (not inside streams' data). */
  endobjs: number;
}

/**
 * Walks the file's streams in one pass. A stream's end is where its direct
 * /Length says when "endstream" is there, as readers do, so a scan's image
 * data is jumped over, not searched; otherwise the next "endstream" is
 * searched for. Each search starts where the last stream ended, so a file of
 * many unterminated streams costs one scan, not one scan per stream.
 */
function walkStreams(bytes: Uint8Array): StreamWalk {
  const walk: StreamWalk = { streams: [], unterminated: false, endobjs: 0 };
  for (let from = 0; ; ) {
    let keyword = findAscii(bytes, 'stream', from);
    // "endstream", "upstream" in a name: not a stream's start.
    while (keyword > 0 && isLetter(bytes[keyword - 1])) keyword = findAscii(bytes, 'stream', keyword + 1);
    if (keyword < 0) {
      walk.endobjs += countEndobj(bytes, from, bytes.length);
      return walk;
    }
    walk.endobjs += countEndobj(bytes, from, keyword);
    let start = keyword + 'stream'.length;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] === 0x0a) start++;
    const window = Math.max(from, keyword - DICT_WINDOW);
    const dictStart = findLastAscii(bytes, 'obj', window, keyword);
    const dict = latin1.decode(bytes.subarray(dictStart < 0 ? window : dictStart, keyword));
    const length = directLength(dict);
    const declaredEnd = length === null || start + length > bytes.length ? -1 : endstreamAt(bytes, start + length);
    const end = declaredEnd >= 0 ? declaredEnd : findAscii(bytes, 'endstream', start);
    if (end < 0) {
      walk.unterminated = true;
      // What a reader would still try to parse after it.
      walk.endobjs += countEndobj(bytes, keyword, bytes.length);
      return walk;
    }
    walk.streams.push({ dict, data: bytes.subarray(start, end) });
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
  const walk = walkStreams(bytes);
  let objects = walk.endobjs;
  for (const stream of walk.streams) {
    // "/XRefStm" in a hybrid file's trailer is an offset, not a stream's type.
    const type = /\/Type\s*\/(ObjStm|XRef)\b/.exec(stream.dict)?.[1];
    if (type === 'ObjStm') objects += Number(/\/N\s+(\d+)/.exec(stream.dict)?.[1] ?? 0);
    if (objects > limits.objects) return 'too-many-objects';
    if (!type || !stream.dict.includes('FlateDecode')) continue;
    const size = inflatedSize([stream.data], inflatedLeft);
    if (size === null) return 'inflates-too-much';
    inflatedLeft -= size;
  }
  if (walk.unterminated) return 'unterminated-stream';
  return objects > limits.objects ? 'too-many-objects' : null;
}
