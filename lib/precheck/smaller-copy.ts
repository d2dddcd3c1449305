import { z } from 'zod/mini';
import type { FileAnalysis } from './analyze-file';
import { SiteRules } from './limits';

/**
 * "Tạo bản nhỏ hơn": when to offer a smaller copy of a picked file, and the
 * messages asking the pre-check worker for one (make-smaller-copy.ts makes
 * it there; the overlay bundles only this light part). The copy is only handed back to the overlay for the user to save and pick
 * in the portal's own file chooser: nothing here touches what the portal
 * submits.
 */

/** A photo larger than an A4 page at 300 dpi is slow to open and to read on screen (the copy is A4 at 200 dpi). */
const OVERSIZED_LONG_SIDE = 3508;
/** Larger files are not read for a copy (a phone photo is 3–12 MB, a scanned PDF rarely over 30). */
export const MAX_SHRINK_INPUT_BYTES = 40 * 1024 * 1024;

export type SmallerCopyReason = 'too-large' | 'rotated' | 'oversized';

/**
 * Why a file deserves a smaller copy, or null. Photos and scans only: a PDF
 * only when it is over the limit. A file that could not be checked is
 * judged by its name and size alone (no checks, no pixels).
 */
export function smallerCopyReason(analysis: Pick<FileAnalysis, 'kind' | 'size' | 'checks' | 'pixels'>, maxFileBytes: number): SmallerCopyReason | null {
  const photo = analysis.kind === 'jpeg' || analysis.kind === 'png';
  if (!photo && analysis.kind !== 'pdf') return null;
  if (analysis.size > maxFileBytes && analysis.size <= MAX_SHRINK_INPUT_BYTES) return 'too-large';
  if (!photo) return null;
  if (analysis.checks.some((c) => c.code === 'rotated' && c.level === 'warn')) return 'rotated';
  const pixels = analysis.pixels;
  if (pixels && Math.max(pixels.width, pixels.height) > OVERSIZED_LONG_SIDE) return 'oversized';
  return null;
}

/** The copy's name: the original's, marked as the smaller one, with the copy's own extension. */
export function smallerCopyName(original: string, type: SmallerCopy['type']): string {
  const base = original.replace(/\.[^./\\]{1,5}$/, '').slice(0, 150) || 'tep';
  return `${base}-ban-nho.${type === 'application/pdf' ? 'pdf' : 'jpg'}`;
}

export const SmallerCopy = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  type: z.enum(['image/jpeg', 'application/pdf']),
  bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array),
  /** Under the site's limit (else the smallest copy still readable, which the user is told is not enough). */
  fits: z.boolean(),
});
export type SmallerCopy = z.infer<typeof SmallerCopy>;

/** Why no copy could be made: not a photo, not photos in a PDF, or not readable. */
export const SMALLER_COPY_REFUSALS = ['not-photos', 'unreadable', 'too-big-to-read'] as const;
export type SmallerCopyRefusal = (typeof SMALLER_COPY_REFUSALS)[number];

export const SHRINK_REQUEST_TYPE = 'shrink';

/** The overlay asks the pre-check frame for a smaller copy of a picked file (see frame-protocol.ts). */
export const ShrinkRequest = z.object({
  type: z.literal(SHRINK_REQUEST_TYPE),
  id: z.int(),
  site: SiteRules.shape.site,
  file: z.instanceof(File).check(z.refine((f) => f.size <= MAX_SHRINK_INPUT_BYTES, 'too-big-to-read')),
});
export type ShrinkRequest = z.infer<typeof ShrinkRequest>;

export const ShrinkReply = z.discriminatedUnion('ok', [
  z.object({ id: z.int(), ok: z.literal(true), copy: SmallerCopy }),
  z.object({ id: z.int(), ok: z.literal(false), error: z.string().check(z.maxLength(200)) }),
]);
export type ShrinkReply = z.infer<typeof ShrinkReply>;

export const isShrinkRequest = (raw: unknown): boolean =>
  Boolean(raw && typeof raw === 'object' && (raw as { type?: unknown }).type === SHRINK_REQUEST_TYPE);
