import { KIND_LABELS } from '../file-type';
import type { FileFacts } from '../inspect';
import type { CheckResult } from '../types';
import type { CheckContext } from './context';

/**
 * Damage a reader would trip on: a PDF without its end or with a broken
 * cross-reference, a JPEG cut before its end marker or with bad entropy
 * data, a PNG without IEND or with a bad CRC, or content that is not what
 * its name says at all. Formats read only by their magic bytes (DOC, DOCX,
 * GIF, WebP, HEIC, ZIP) are not judged here, nor a sound-looking PDF with
 * too many objects to open in good time.
 */
export function checkCorrupt(facts: FileFacts, { t }: CheckContext): CheckResult | null {
  if (facts.size === 0 || !facts.complete) return null;
  const error = (message: string): CheckResult => ({ code: 'corrupt', level: 'error', message });
  if (facts.kind === 'unknown') {
    if (facts.claimed === 'unknown') return null;
    const dot = facts.name.lastIndexOf('.');
    return error(t('precheck.corrupt.notWhatItClaims', { ext: facts.name.slice(dot + 1), kind: KIND_LABELS[facts.claimed] }));
  }
  if (facts.pdf) {
    if (facts.pdf.tooComplex && !facts.pdf.damage) return null;
    if (facts.pdf.damage === 'truncated') return error(t('precheck.corrupt.pdfTruncated'));
    // Every reader rebuilds a wrong cross-reference: worth knowing, not worth redoing the file unless refused.
    if (facts.pdf.damage === 'repairable') return { code: 'corrupt', level: 'warn', message: t('precheck.corrupt.pdfRepairable') };
    if (facts.pdf.damage) return error(t('precheck.corrupt.pdfBroken'));
  } else if (facts.image) {
    if (facts.image.damage === 'truncated') return error(t('precheck.corrupt.imageTruncated'));
    if (facts.image.damage) return error(t('precheck.corrupt.imageBroken'));
  } else return null;
  return { code: 'corrupt', level: 'ok', message: t('precheck.corrupt.ok') };
}
