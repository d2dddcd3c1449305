import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { sniffKind } from './file-type';
import { rulesFor } from './limits';
import { refusalToOpen } from './pdf-object-streams';
import { decodeUpright, photosToPdf, type Rgba, type ShrunkImage, shrinkImage } from './shrink';
import { shrinkWithPlatform } from './shrink-platform';
import { type ShrinkReply, ShrinkRequest, type SmallerCopy, type SmallerCopyRefusal, smallerCopyName } from './smaller-copy';
import { requestId } from './frame-protocol';

/** What the copy aims under, below the site's limit: a size a few bytes off the limit is not worth the risk. */
const BUDGET_SHARE = 0.95;
/** A PDF with more pages than this is not re-encoded here (each page is a full decode). */
const MAX_PDF_PAGES = 30;
const PDF_OPEN_LIMITS = { inflated: 64 * 1024 * 1024, objects: 20_000 };

/**
 * The photo of each page of a scanned PDF, decoded one page at a time (a
 * page holding exactly one JPEG or PNG-like image and no fonts), or null
 * when the PDF has text or drawings that re-encoding would lose.
 */
async function scannedPages(bytes: Uint8Array): Promise<(() => Rgba)[] | null> {
  if (refusalToOpen(bytes, PDF_OPEN_LIMITS)) return null;
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = doc.getPages();
  if (pages.length === 0 || pages.length > MAX_PDF_PAGES) return null;
  const photos: PDFRawStream[] = [];
  for (const page of pages) {
    const resources = page.node.Resources();
    // Fonts mean text drawn on the page (an empty font table, as pdf-lib writes, does not).
    if (!resources || (resources.lookupMaybe(PDFName.of('Font'), PDFDict)?.keys().length ?? 0) > 0) return null;
    const xobjects = resources.lookupMaybe(PDFName.of('XObject'), PDFDict);
    const images = (xobjects?.values() ?? [])
      .map((ref) => doc.context.lookup(ref))
      .filter((obj): obj is PDFRawStream => obj instanceof PDFRawStream && obj.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
    const [image] = images;
    if (images.length !== 1 || !image || image.dict.get(PDFName.of('Filter')) !== PDFName.of('DCTDecode')) return null;
    photos.push(image);
  }
  return photos.map((image) => () => {
    const decoded = decodeUpright(image.contents);
    if (!decoded) throw new Error('unreadable');
    return decoded;
  });
}

/**
 * Makes the copy of one file: a JPEG of a photo (upright, at most A4 at
 * 200 dpi, under the budget), or a scanned PDF with its page photos
 * re-encoded the same way. `platform` encodes photos with the browser's
 * codecs when it can (the worker passes shrinkWithPlatform); pure JS else.
 */
export async function makeSmallerCopy(
  name: string,
  bytes: Uint8Array,
  maxFileBytes: number,
  platform: (photo: Blob, budget: number) => Promise<ShrunkImage | null> = async () => null,
): Promise<SmallerCopy | SmallerCopyRefusal> {
  const budget = Math.floor(maxFileBytes * BUDGET_SHARE);
  const kind = sniffKind(bytes);
  if (kind === 'jpeg' || kind === 'png') {
    const native = await platform(new Blob([bytes as Uint8Array<ArrayBuffer>]), budget);
    const image = native ? null : decodeUpright(bytes);
    if (!native && !image) return 'unreadable';
    const shrunk = native ?? (await shrinkImage(image as Rgba, budget));
    return { name: smallerCopyName(name, 'image/jpeg'), type: 'image/jpeg', bytes: shrunk.bytes, fits: shrunk.fits };
  }
  if (kind !== 'pdf') return 'not-photos';
  const pages = await scannedPages(bytes).catch(() => null);
  if (!pages) return 'not-photos';
  const pdf = await photosToPdf(pages, budget);
  return { name: smallerCopyName(name, 'application/pdf'), type: 'application/pdf', bytes: pdf.bytes, fits: pdf.fits };
}

/** The worker's side: validated like every message crossing a thread. */
export async function handleShrinkRequest(raw: unknown): Promise<ShrinkReply> {
  const parsed = ShrinkRequest.safeParse(raw);
  const id = requestId(raw);
  if (!parsed.success) return { id, ok: false, error: 'invalid-request' };
  const { file, site } = parsed.data;
  try {
    const made = await makeSmallerCopy(file.name, new Uint8Array(await file.arrayBuffer()), rulesFor(site).maxFileBytes, shrinkWithPlatform);
    return typeof made === 'string' ? { id, ok: false, error: made } : { id, ok: true, copy: made };
  } catch {
    return { id, ok: false, error: 'unreadable' };
  }
}
