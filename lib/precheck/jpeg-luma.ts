import type { GrayImage } from './gray-image';
import { readExifOrientation } from './jpeg-exif';

/**
 * A small JPEG reader for the quality checks: it walks the markers (size,
 * EXIF orientation, truncation), then decodes only the luma channel at a
 * reduced scale straight from the DCT coefficients (1/8, 1/4, 1/2 or full),
 * the way libjpeg's scaled IDCT does. A 12-MP photo comes out at about
 * 1000×750 without ever building the full-size image, which is what makes
 * 100 MB of photos checkable in well under a second (jpeg-js needs ~1.5 s
 * for one 12-MP photo here). Baseline and extended Huffman JPEGs are decoded
 * at the scale asked for; progressive ones from their first DC scan (1/8).
 * Arithmetic-coded, lossless and 12-bit JPEGs are read but not decoded.
 */

export type JpegProblem = 'truncated' | 'corrupt';

export interface JpegReading {
  width: number;
  height: number;
  /** EXIF orientation tag, 1 when absent. */
  orientation: number;
  problem: JpegProblem | null;
  /** Luma at the chosen scale; null when not decoded (unsupported coding, too many pixels, damage). */
  luma: GrayImage | null;
}

export interface JpegReadOptions {
  /** Decode at the smallest scale whose longer side still reaches this. */
  targetLongSide: number;
  /** Refuse to decode images with more pixels than this (header-declared). */
  maxPixels: number;
}

const ZIGZAG = new Uint8Array([
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
  35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47,
  55, 62, 63,
]);

const FAST_BITS = 12;
const FAST_MASK = (1 << FAST_BITS) - 1;

interface HuffmanTable {
  /** (length << 8) | value for codes up to FAST_BITS long, 0 otherwise. */
  fast: Uint16Array;
  /**
   * For skipping: code length + extra bits in the low byte; for AC tables the
   * coefficient advance in the next byte (0 = end of block). 0 = slow path.
   */
  skip: Uint16Array;
  /** AC only: several symbols skipped per 16-bit look-up (see buildMultiSkip). */
  multi: Uint16Array | null;
  maxCode: Int32Array;
  valPtr: Int32Array;
  values: Uint8Array;
}

class JpegDamage extends Error {
  constructor(readonly problem: JpegProblem) {
    super(problem);
  }
}

/** A Huffman table as a DHT segment defines it: code counts by length, then the symbols. */
interface HuffmanDefinition {
  counts: Uint8Array;
  values: Uint8Array;
}

function buildHuffman({ counts, values }: HuffmanDefinition, isAc: boolean): HuffmanTable {
  const fast = new Uint16Array(1 << FAST_BITS);
  const skip = new Uint16Array(1 << FAST_BITS);
  const maxCode = new Int32Array(18).fill(-1);
  const valPtr = new Int32Array(17);
  let code = 0;
  let k = 0;
  for (let len = 1; len <= 16; len++) {
    const n = counts[len - 1] as number;
    valPtr[len] = k - code;
    for (let i = 0; i < n; i++, k++, code++) {
      if (len <= FAST_BITS) {
        const shift = FAST_BITS - len;
        const base = code << shift;
        const value = values[k] as number;
        const entry = (len << 8) | value;
        const extra = isAc ? value & 15 : value;
        const advance = !isAc ? 0 : extra > 0 ? (value >> 4) + 1 : value === 0xf0 ? 16 : 0;
        for (let j = 0; j < 1 << shift; j++) {
          fast[base + j] = entry;
          skip[base + j] = (advance << 8) | (len + extra);
        }
      }
    }
    if (n > 0) maxCode[len] = code - 1;
    if (code > 1 << len) throw new JpegDamage('corrupt');
    code <<= 1;
  }
  maxCode[17] = 0x7fffffff;
  // The symbols copied out of the file: a kept table must not hold (or read) the bytes of a file already checked.
  const table: HuffmanTable = { fast, skip, multi: null, maxCode, valPtr, values: values.slice() };
  if (isAc) table.multi = buildMultiSkip(table);
  return table;
}

/**
 * Tables built lately, by definition: a camera or scanner writes the same
 * tables in every file, and an AC table's skip table (64 K entries) took
 * about as long to build as a small photo to decode. Bounded, so a file
 * defining many tables cannot grow it.
 */
const builtTables = new Map<string, HuffmanTable>();
const BUILT_TABLES_KEPT = 8;

function huffmanTable(definition: HuffmanDefinition, isAc: boolean): HuffmanTable {
  const key = `${isAc ? 'a' : 'd'}${String.fromCharCode(...definition.counts, ...definition.values)}`;
  const built = builtTables.get(key);
  if (built) return built;
  const table = buildHuffman(definition, isAc);
  if (builtTables.size >= BUILT_TABLES_KEPT) builtTables.delete(builtTables.keys().next().value as string);
  builtTables.set(key, table);
  return table;
}

const MULTI_BITS = 16;
const MULTI_EOB = 1 << 12;

/** The reach of a window that starts with no whole symbol: past any block, so the one test in decodeScan sends it the slow way. */
const MULTI_NONE = 127 << 5;

/**
 * For every 16-bit window: how many bits the whole AC symbols it starts with
 * take (low 5 bits), how far they move the coefficient index, counting an
 * end-of-block as one more (next 7 bits: its "reach", so a single test says
 * whether the group stays inside the block), and whether the last one is
 * end-of-block (bit 12). Photos spend most of their bits on short AC
 * symbols, so this skips two or three per look-up.
 */
function buildMultiSkip(table: HuffmanTable): Uint16Array {
  const multi = new Uint16Array(1 << MULTI_BITS);
  for (let w = 0; w < 1 << MULTI_BITS; w++) {
    let used = 0;
    let advance = 0;
    let eob = 0;
    while (used < MULTI_BITS) {
      const peek = ((w << used) >>> (MULTI_BITS - FAST_BITS)) & FAST_MASK;
      const skip = table.skip[peek] as number;
      const len = (table.fast[peek] as number) >> 8;
      const total = skip & 0xff;
      if (skip === 0 || used + total > MULTI_BITS || len > MULTI_BITS - used) break;
      used += total;
      const step = skip >> 8;
      if (step === 0) {
        eob = MULTI_EOB;
        break;
      }
      if (advance + step > 63) {
        used -= total;
        break;
      }
      advance += step;
    }
    multi[w] = used > 0 ? used | ((advance + (eob ? 1 : 0)) << 5) | eob : MULTI_NONE;
  }
  return multi;
}

interface Component {
  id: number;
  h: number;
  v: number;
  tq: number;
}

interface Frame {
  width: number;
  height: number;
  hMax: number;
  vMax: number;
  components: Component[];
  progressive: boolean;
  supported: boolean;
}

/** Output raster for the luma component at scale n/8. */
interface LumaTarget {
  n: number;
  width: number;
  height: number;
  data: Uint8Array;
  /** cos table: COS[x*n+u] = c(u)·cos((2x+1)uπ/2n), c(0)=1, c(u>0)=√2 */
  cos: Float64Array;
  /** Highest zigzag index with row and column < n. */
  keep: number;
  /** Zigzag index → position in an n×n coefficient block, or -1. */
  place: Int8Array;
}

function lumaTarget(frame: Frame, n: number): LumaTarget {
  const y = frame.components[0] as Component;
  const compW = Math.ceil((frame.width * y.h) / frame.hMax);
  const compH = Math.ceil((frame.height * y.v) / frame.vMax);
  const width = Math.max(1, Math.ceil((compW * n) / 8));
  const height = Math.max(1, Math.ceil((compH * n) / 8));
  const cos = new Float64Array(n * n);
  for (let x = 0; x < n; x++) {
    for (let u = 0; u < n; u++) cos[x * n + u] = (u === 0 ? 1 : Math.SQRT2) * Math.cos(((2 * x + 1) * u * Math.PI) / (2 * n));
  }
  const place = new Int8Array(64).fill(-1);
  let keep = 0;
  for (let k = 0; k < 64; k++) {
    const natural = ZIGZAG[k] as number;
    const row = natural >> 3;
    const col = natural & 7;
    if (row < n && col < n) {
      place[k] = row * n + col;
      keep = k;
    }
  }
  return { n, width, height, data: new Uint8Array(width * height), cos, keep, place };
}

/** Writes one block's reduced IDCT (coefficients already dequantized, n×n natural order; n > 1, decodeScan writes 1/8 itself). */
function putBlock(t: LumaTarget, coef: Float64Array, bx: number, by: number, tmp: Float64Array) {
  const { n, cos, data, width, height } = t;
  const x0 = bx * n;
  const y0 = by * n;
  if (x0 >= width || y0 >= height) return;
  // Rows: tmp[v*n+x] = Σu coef[v][u]·cos[x][u]
  for (let v = 0; v < n; v++) {
    for (let x = 0; x < n; x++) {
      let s = 0;
      for (let u = 0; u < n; u++) s += (coef[v * n + u] as number) * (cos[x * n + u] as number);
      tmp[v * n + x] = s;
    }
  }
  for (let yy = 0; yy < n && y0 + yy < height; yy++) {
    for (let x = 0; x < n && x0 + x < width; x++) {
      let s = 0;
      for (let v = 0; v < n; v++) s += (tmp[v * n + x] as number) * (cos[yy * n + v] as number);
      data[(y0 + yy) * width + x0 + x] = clamp(s / 8 + 128);
    }
  }
}

const clamp = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : Math.round(v));

interface ScanComponent {
  comp: Component;
  compIndex: number;
  dc: HuffmanTable | undefined;
  ac: HuffmanTable | undefined;
}

interface Scan {
  components: ScanComponent[];
  ss: number;
  se: number;
  ah: number;
  al: number;
}

/**
 * Zero padding after the unstuffed data, larger than the most one MCU can
 * read (10 blocks × 64 symbols × 27 bits), so a cut stream reads zeros, never
 * past the array, and is caught at the next MCU.
 */
const PAD = 4096;

/**
 * The buffer scans are unstuffed into, kept from one file to the next: a
 * new one per file (megabytes, zero-filled) was a good part of the garbage
 * collector's work. It only grows, to the largest file read (the site's
 * limit plus READ_MARGIN_BYTES at most, see inspect.ts).
 */
let scratch = new Uint8Array(0);
function scratchOf(length: number): Uint8Array {
  if (scratch.length < length) scratch = new Uint8Array(length);
  return scratch;
}

/**
 * Copies a scan's entropy-coded bytes without the 0xFF00 stuffing, stopping
 * at the first marker that is not RSTn. Returns the clean bytes, where each
 * restart interval starts in them, and where the scan ends in `data`.
 */
function unstuff(data: Uint8Array, start: number): { clean: Uint8Array; length: number; restarts: number[]; end: number } {
  const clean = scratchOf(data.length - start + PAD);
  const restarts: number[] = [];
  let out = 0;
  let pos = start;
  let end = data.length;
  for (;;) {
    const ff = data.indexOf(0xff, pos);
    const stop = ff < 0 ? data.length : ff;
    clean.set(data.subarray(pos, stop), out);
    out += stop - pos;
    if (ff < 0 || ff + 1 >= data.length) break;
    const m = data[ff + 1] as number;
    if (m === 0) {
      clean[out++] = 0xff;
      pos = ff + 2;
    } else if (m >= 0xd0 && m <= 0xd7) {
      restarts.push(out);
      pos = ff + 2;
    } else if (m === 0xff) {
      pos = ff + 1; // fill byte before a marker
    } else {
      end = ff;
      break;
    }
  }
  // The buffer is reused: the padding must read as zeros again.
  clean.fill(0, out, out + PAD);
  return { clean, length: out, restarts, end };
}

/** A code longer than FAST_BITS: returns (length << 8) | value, or -1 for an invalid code. */
function slowSymbol(table: HuffmanTable, buf: number, cnt: number): number {
  for (let len = FAST_BITS + 1; len <= 16 && len <= cnt; len++) {
    const code = (buf >>> (cnt - len)) & ((1 << len) - 1);
    if (code <= (table.maxCode[len] as number)) {
      const value = table.values[code + (table.valPtr[len] as number)];
      return value === undefined ? -1 : (len << 8) | value;
    }
  }
  return -1;
}

/** The Huffman symbol at the head of the bit buffer: (length << 8) | value, or -1 for an invalid code. */
function symbolAt(table: HuffmanTable, buf: number, cnt: number): number {
  const entry = table.fast[(buf >>> (cnt - FAST_BITS)) & FAST_MASK] as number;
  return entry !== 0 ? entry : slowSymbol(table, buf, cnt);
}

/** JPEG's sign extension: the s extra bits `v` of a coefficient of magnitude category s. */
const extend = (v: number, s: number) => (v < 1 << (s - 1) ? v + 1 - (1 << s) : v);

/** The blocks of one MCU, in coding order. */
function mcuLayout(frame: Frame, scan: Scan) {
  const luma = frame.components[0];
  const comp: ScanComponent[] = [];
  const dx: number[] = [];
  const dy: number[] = [];
  if (scan.components.length === 1) {
    comp.push(scan.components[0] as ScanComponent);
    dx.push(0);
    dy.push(0);
  } else {
    for (const sc of scan.components) {
      for (let v = 0; v < sc.comp.v; v++) {
        for (let h = 0; h < sc.comp.h; h++) {
          comp.push(sc);
          dx.push(h);
          dy.push(v);
        }
      }
    }
  }
  return { comp, dx, dy, isLuma: comp.map((sc) => sc.comp === luma), scanIndex: comp.map((sc) => scan.components.indexOf(sc)) };
}

/**
 * Decodes one scan. Only the luma component's coefficients up to
 * `target.keep` (zigzag order) get values; every other symbol is skipped by
 * table look-ups. Returns the offset in `data` where the scan ends.
 *
 * One function with plain local variables on purpose: the bit buffer is a
 * full 32-bit integer, which V8 keeps unboxed only as a local of the running
 * function (in a closure it would be re-allocated on every refill).
 */
function decodeScan(
  data: Uint8Array,
  start: number,
  frame: Frame,
  scan: Scan,
  restartInterval: number,
  quant: (Int32Array | undefined)[],
  target: LumaTarget,
): number {
  const { clean, length, restarts, end } = unstuff(data, start);
  const damage = () => new JpegDamage(end >= data.length ? 'truncated' : 'corrupt');
  const layout = mcuLayout(frame, scan);
  const blocksPerMcu = layout.comp.length;
  const single = scan.components.length === 1;
  const progressive = frame.progressive;
  const keep = progressive ? 0 : target.keep;
  const place = target.place;
  // At 1/8 scale a block is its DC value alone: written straight to its pixel, no coefficient block, no IDCT.
  const dcOnly = target.n === 1;
  const n2 = target.n * target.n;
  const coef = new Float64Array(n2);
  const tmp = new Float64Array(n2);
  const preds = new Int32Array(scan.components.length);

  let mcusPerLine: number;
  let mcuCount: number;
  if (single) {
    const c = (scan.components[0] as ScanComponent).comp;
    mcusPerLine = Math.ceil(Math.ceil((frame.width * c.h) / frame.hMax) / 8);
    mcuCount = mcusPerLine * Math.ceil(Math.ceil((frame.height * c.v) / frame.vMax) / 8);
  } else {
    mcusPerLine = Math.ceil(frame.width / (8 * frame.hMax));
    mcuCount = mcusPerLine * Math.ceil(frame.height / (8 * frame.vMax));
  }

  let pos = 0;
  let buf = 0;
  let cnt = 0;
  let interval = 0;
  let intervalEnd = restartInterval > 0 ? (restarts[0] ?? length) : length;
  for (let mcu = 0; mcu < mcuCount; mcu++) {
    if (restartInterval > 0 && mcu > 0 && mcu % restartInterval === 0) {
      if (pos - (cnt >> 3) > intervalEnd) throw damage();
      const next = restarts[interval];
      if (next === undefined) throw damage();
      interval++;
      intervalEnd = restarts[interval] ?? length;
      pos = next;
      buf = 0;
      cnt = 0;
      preds.fill(0);
    }
    // Reading into the zero padding means the data ran out: stop instead of inventing blocks.
    if (pos > length + 64) throw damage();
    const mx = mcu % mcusPerLine;
    const my = (mcu - mx) / mcusPerLine;
    for (let b = 0; b < blocksPerMcu; b++) {
      const sc = layout.comp[b] as ScanComponent;
      const ci = layout.scanIndex[b] as number;
      const dcTable = sc.dc as HuffmanTable;
      while (cnt <= 24) {
        buf = (buf << 8) | (clean[pos++] as number);
        cnt += 8;
      }
      const dc = symbolAt(dcTable, buf, cnt);
      if (dc < 0 || (dc & 0xff) > 16) throw damage();
      cnt -= dc >> 8;
      const t = dc & 0xff;
      cnt -= t;
      const diff = t === 0 ? 0 : extend((buf >>> cnt) & ((1 << t) - 1), t);
      const isLuma = layout.isLuma[b] as boolean;
      let k = 1;
      let dcValue = 0;
      if (isLuma) {
        const pred = (preds[ci] as number) + diff;
        preds[ci] = pred;
        const q = quant[sc.comp.tq] as Int32Array;
        dcValue = (progressive ? pred << scan.al : pred) * (q[0] as number);
        if (!dcOnly) {
          coef.fill(0);
          coef[0] = dcValue;
        }
        const acTable = sc.ac as HuffmanTable;
        while (k <= keep) {
          while (cnt <= 24) {
            buf = (buf << 8) | (clean[pos++] as number);
            cnt += 8;
          }
          const sym = symbolAt(acTable, buf, cnt);
          if (sym < 0) throw damage();
          cnt -= sym >> 8;
          const rs = sym & 0xff;
          const s = rs & 15;
          if (s === 0) {
            if (rs !== 0xf0) {
              k = 64;
              break;
            }
            k += 16;
            continue;
          }
          k += rs >> 4;
          cnt -= s;
          const at = k < 64 ? (place[k] as number) : -1;
          if (at >= 0) coef[at] = extend((buf >>> cnt) & ((1 << s) - 1), s) * (q[k] as number);
          k++;
        }
      }
      if (!progressive) {
        // Skip the rest of the block's AC symbols, several per look-up where possible.
        const acTable = sc.ac as HuffmanTable;
        const multi = acTable.multi as Uint16Array;
        while (k < 64) {
          if (cnt < MULTI_BITS) {
            buf = (buf << 16) | ((clean[pos] as number) << 8) | (clean[pos + 1] as number);
            pos += 2;
            cnt += 16;
          }
          const group = multi[(buf >>> (cnt - MULTI_BITS)) & 0xffff] as number;
          const reach = (group >> 5) & 127;
          // A group must not run past this block (an end-of-block only counts before index 64).
          if (k + reach <= 64) {
            cnt -= group & 31;
            if (group & MULTI_EOB) break;
            k += reach;
            continue;
          }
          while (cnt <= 24) {
            buf = (buf << 8) | (clean[pos++] as number);
            cnt += 8;
          }
          const sym = symbolAt(acTable, buf, cnt);
          if (sym < 0) throw damage();
          cnt -= (sym >> 8) + (sym & 15);
          const rs = sym & 0xff;
          if ((rs & 15) === 0) {
            if (rs !== 0xf0) break;
            k += 16;
          } else k += (rs >> 4) + 1;
        }
      }
      if (isLuma) {
        const bx = single ? mx : mx * sc.comp.h + (layout.dx[b] as number);
        const by = single ? my : my * sc.comp.v + (layout.dy[b] as number);
        if (!dcOnly) putBlock(target, coef, bx, by, tmp);
        else if (bx < target.width && by < target.height) target.data[by * target.width + bx] = clamp(dcValue / 8 + 128);
      }
    }
  }
  if (pos - (cnt >> 3) > length) throw damage();
  return end;
}

/** Offset of the next marker (0xFF followed by neither 0x00, 0xFF nor RSTn) at or after `from`, or -1. */
function nextMarker(data: Uint8Array, from: number): number {
  let i = from;
  for (;;) {
    i = data.indexOf(0xff, i);
    if (i < 0 || i + 1 >= data.length) return -1;
    const m = data[i + 1] as number;
    if (m !== 0 && m !== 0xff && (m < 0xd0 || m > 0xd7)) return i;
    i++;
  }
}

function chooseScale(frame: Frame, targetLongSide: number): number {
  const long = Math.max(frame.width, frame.height);
  for (const n of [1, 2, 4]) if ((long * n) / 8 >= targetLongSide) return n;
  return 8;
}

/** Reads a JPEG; never throws on malformed input. */
export function readJpeg(data: Uint8Array, options: JpegReadOptions): JpegReading {
  const reading: JpegReading = { width: 0, height: 0, orientation: 1, problem: null, luma: null };
  try {
    readInto(data, options, reading);
  } catch (error) {
    if (!(error instanceof JpegDamage)) throw error;
    reading.problem = error.problem;
    reading.luma = null;
  }
  return reading;
}

function readInto(data: Uint8Array, options: JpegReadOptions, reading: JpegReading) {
  if (data[0] !== 0xff || data[1] !== 0xd8) throw new JpegDamage('corrupt');
  const quant: (Int32Array | undefined)[] = [];
  // Tables are kept as defined and built only for the one scan decoded: a file may redefine them thousands of times.
  const dcTables: (HuffmanDefinition | undefined)[] = [];
  const acTables: (HuffmanDefinition | undefined)[] = [];
  let frame: Frame | null = null;
  let target: LumaTarget | null = null;
  let restartInterval = 0;
  let lumaDone = false;
  let pos = 2;
  const u16 = (at: number) => ((data[at] as number) << 8) | (data[at + 1] as number);

  for (;;) {
    if (pos + 1 >= data.length) throw new JpegDamage('truncated');
    if (data[pos] !== 0xff) {
      const next = nextMarker(data, pos);
      if (next < 0) throw new JpegDamage('truncated');
      pos = next;
    }
    let marker = data[pos + 1] as number;
    while (marker === 0xff && pos + 2 < data.length) marker = data[++pos + 1] as number;
    pos += 2;
    if (marker === 0xd9) break; // EOI
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue;
    if (pos + 2 > data.length) throw new JpegDamage('truncated');
    const len = u16(pos);
    if (len < 2) throw new JpegDamage('corrupt');
    const segEnd = pos + len;
    if (segEnd > data.length) throw new JpegDamage('truncated');
    const seg = data.subarray(pos + 2, segEnd);

    if (marker === 0xe1) {
      const o = readExifOrientation(seg);
      if (o !== null) reading.orientation = o;
    } else if (marker === 0xdb) {
      for (let i = 0; i < seg.length; ) {
        const pq = (seg[i] as number) >> 4;
        const tq = (seg[i] as number) & 15;
        const size = pq ? 128 : 64;
        if (i + 1 + size > seg.length || tq > 3) throw new JpegDamage('corrupt');
        const table = new Int32Array(64);
        for (let k = 0; k < 64; k++) {
          table[k] = pq ? ((seg[i + 1 + 2 * k] as number) << 8) | (seg[i + 2 + 2 * k] as number) : (seg[i + 1 + k] as number);
        }
        quant[tq] = table;
        i += 1 + size;
      }
    } else if (marker === 0xc4) {
      for (let i = 0; i < seg.length; ) {
        const tc = (seg[i] as number) >> 4;
        const th = (seg[i] as number) & 15;
        if (i + 17 > seg.length || th > 3) throw new JpegDamage('corrupt');
        const counts = seg.subarray(i + 1, i + 17);
        let total = 0;
        for (const c of counts) total += c;
        if (i + 17 + total > seg.length || total > 256) throw new JpegDamage('corrupt');
        (tc === 0 ? dcTables : acTables)[th] = { counts, values: seg.subarray(i + 17, i + 17 + total) };
        i += 17 + total;
      }
    } else if (marker === 0xdd) {
      restartInterval = u16(pos + 2);
    } else if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      // One image, one frame header: libjpeg refuses a second ("two SOF markers"), and each would cost a raster here.
      if (frame || seg.length < 6) throw new JpegDamage('corrupt');
      const nf = seg[5] as number;
      if (seg.length < 6 + 3 * nf || nf === 0) throw new JpegDamage('corrupt');
      const components: Component[] = [];
      for (let i = 0; i < nf; i++) {
        const b = 6 + 3 * i;
        const h = (seg[b + 1] as number) >> 4;
        const v = (seg[b + 1] as number) & 15;
        if (h < 1 || h > 4 || v < 1 || v > 4) throw new JpegDamage('corrupt');
        components.push({ id: seg[b] as number, h, v, tq: (seg[b + 2] as number) & 3 });
      }
      reading.height = ((seg[1] as number) << 8) | (seg[2] as number);
      reading.width = ((seg[3] as number) << 8) | (seg[4] as number);
      frame = {
        width: reading.width,
        height: reading.height,
        hMax: Math.max(...components.map((c) => c.h)),
        vMax: Math.max(...components.map((c) => c.v)),
        components,
        progressive: marker === 0xc2,
        supported: (marker === 0xc0 || marker === 0xc1 || marker === 0xc2) && seg[0] === 8,
      };
      const pixels = frame.width * frame.height;
      if (pixels === 0 || pixels > options.maxPixels) frame.supported = false;
      if (frame.supported) target = lumaTarget(frame, frame.progressive ? 1 : chooseScale(frame, options.targetLongSide));
    } else if (marker === 0xda) {
      if (!frame) throw new JpegDamage('corrupt');
      const ns = seg[0] as number;
      if (seg.length < 1 + 2 * ns + 3) throw new JpegDamage('corrupt');
      const scan: Scan = { components: [], ss: 0, se: 0, ah: 0, al: 0 };
      const selectors: number[] = [];
      for (let i = 0; i < ns; i++) {
        const id = seg[1 + 2 * i] as number;
        const compIndex = frame.components.findIndex((c) => c.id === id);
        const comp = frame.components[compIndex];
        if (!comp) throw new JpegDamage('corrupt');
        scan.components.push({ comp, compIndex, dc: undefined, ac: undefined });
        selectors.push(seg[2 + 2 * i] as number);
      }
      scan.ss = seg[1 + 2 * ns] as number;
      scan.se = seg[2 + 2 * ns] as number;
      scan.ah = (seg[3 + 2 * ns] as number) >> 4;
      scan.al = (seg[3 + 2 * ns] as number) & 15;
      const hasLuma = scan.components.some((c) => c.compIndex === 0);
      const firstDcScan = frame.progressive && scan.ss === 0 && scan.ah === 0;
      const decodable = target && !lumaDone && hasLuma && (frame.progressive ? firstDcScan : true);
      if (decodable && target) {
        const progressive = frame.progressive;
        scan.components.forEach((c, i) => {
          const dc = dcTables[(selectors[i] as number) >> 4];
          const ac = acTables[(selectors[i] as number) & 15];
          if (!dc || (!progressive && !ac) || !quant[c.comp.tq]) throw new JpegDamage('corrupt');
          c.dc = huffmanTable(dc, false);
          if (ac && !progressive) c.ac = huffmanTable(ac, true);
        });
        pos = decodeScan(data, segEnd, frame, scan, restartInterval, quant, target);
        lumaDone = true;
        continue;
      }
      const next = nextMarker(data, segEnd);
      if (next < 0) throw new JpegDamage('truncated');
      pos = next;
      continue;
    }
    pos = segEnd;
  }
  if (!frame) throw new JpegDamage('corrupt');
  if (target && lumaDone) reading.luma = { width: target.width, height: target.height, data: target.data };
}
