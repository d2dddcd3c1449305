import { describe, expect, it } from 'vitest';
import { refusalToOpen } from '../../lib/precheck/pdf-object-streams';
import { pdfWithManyObjects, pdfWithStream } from '../support/generate-files';

const LIMITS = { inflated: 64 * 1024 * 1024, objects: 20_000 };
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
/** Stream data that spells the keywords a scan looks for: 30,000 "endobj" (more than the object limit). */
const wordy = ascii('endobj '.repeat(30_000));

describe('walking a PDF’s streams before opening it', () => {
  it('jumps over a stream by its direct /Length: words inside its data are not counted as objects', () => {
    expect(refusalToOpen(pdfWithStream(`/Length ${wordy.length}`, wordy), LIMITS)).toBeNull();
  });

  it('finds the end by searching when /Length is a reference or wrong, and still opens the file', () => {
    const data = ascii('BT /F1 12 Tf (to khai) Tj ET');
    expect(refusalToOpen(pdfWithStream('/Length 12 0 R', data), LIMITS)).toBeNull();
    expect(refusalToOpen(pdfWithStream(`/Length ${data.length - 5}`, data), LIMITS)).toBeNull();
    expect(refusalToOpen(pdfWithStream('/Length 99999999', data), LIMITS)).toBeNull();
  });

  it('still counts top-level objects, and a stream with no end refuses the file', () => {
    expect(refusalToOpen(pdfWithManyObjects(25_000), LIMITS)).toBe('too-many-objects');
    const cut = pdfWithStream(`/Length ${wordy.length}`, wordy);
    const text = new TextDecoder('latin1').decode(cut).replace('endstream', 'xxxxxxxxx');
    expect(refusalToOpen(ascii(text), LIMITS)).toBe('unterminated-stream');
  });
});
