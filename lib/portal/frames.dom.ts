import { onPageChange } from './page-changes.dom';

/*
 * Same-host frames: the portal may render a filing e-form (its upload rows and
 * file input) in an iframe of the same origin (captures of 2026). Such a
 * frame's document is readable from the top document's content script, so
 * the overlay reaches it without running in every frame (no `allFrames`, no
 * extra injection). Cross-origin frames stay out of reach, as they should.
 * One level deep: no capture shows a frame inside the e-form's frame.
 */

/** A frame's current document, when it is of the same origin (null for cross-origin ones: not ours to read). */
function readableDocument(frame: Element): Document | null {
  try {
    const doc = (frame as HTMLIFrameElement).contentDocument;
    return doc?.documentElement ? doc : null;
  } catch {
    return null;
  }
}

/** Each same-origin iframe under `root` with its current document. */
export function frameDocuments(root: ParentNode): { frame: Element; document: Document }[] {
  return Array.from(root.querySelectorAll('iframe')).flatMap((frame) => {
    const document = readableDocument(frame);
    return document ? [{ frame, document }] : [];
  });
}

/**
 * The node as an Element, whichever frame it comes from: a frame's nodes are
 * not instances of this frame's Element, so `instanceof` cannot tell.
 */
export function asElement(node: EventTarget | Node | null | undefined): Element | null {
  return node && (node as Node).nodeType === 1 ? (node as Element) : null;
}

/** The element as a file input (`<input type="file">`), from any frame, or null. */
export function asFileInput(node: EventTarget | null): HTMLInputElement | null {
  const el = asElement(node);
  return el?.localName === 'input' && (el as HTMLInputElement).type === 'file' ? (el as HTMLInputElement) : null;
}

/** The focused element, looking into a same-origin frame when the focus is inside it. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  for (let depth = 0; active?.localName === 'iframe' && depth < 3; depth++) {
    const inner = readableDocument(active)?.activeElement;
    if (!inner) break;
    active = inner;
  }
  return active;
}

/** An element's box in the top window's viewport: a frame's own viewport is offset by where the frame sits. */
export function viewportRect(el: Element): { x: number; y: number; width: number; height: number } {
  const r = el.getBoundingClientRect();
  let x = r.left;
  let y = r.top;
  for (let win: Window | null = el.ownerDocument.defaultView; win && win !== win.parent; win = win.parent) {
    const frame = win.frameElement;
    if (!frame) break;
    const outer = frame.getBoundingClientRect();
    x += outer.left + frame.clientLeft;
    y += outer.top + frame.clientTop;
  }
  return { x, y, width: r.width, height: r.height };
}

/**
 * Calls `attach` for each same-origin frame document under `doc`, now and as
 * frames appear or load new documents (followed through the shared page
 * observer and each frame's `load`); what `attach` returns is called when
 * that document goes or the returned function stops it all.
 */
export function onFrameDocuments(doc: Document, attach: (frameDocument: Document) => () => void): () => void {
  const attached = new Map<Document, () => void>();
  const watchedFrames = new Set<Element>();
  let stopped = false;
  const scan = () => {
    if (stopped) return;
    const now = frameDocuments(doc);
    for (const { frame, document } of now) {
      if (!watchedFrames.has(frame)) {
        watchedFrames.add(frame);
        frame.addEventListener('load', scan);
      }
      if (!attached.has(document)) attached.set(document, attach(document));
    }
    const current = new Set(now.map((f) => f.document));
    for (const [document, detach] of attached) {
      if (current.has(document)) continue;
      detach();
      attached.delete(document);
    }
  };
  const stop = onPageChange(scan, doc);
  scan();
  return () => {
    stopped = true;
    stop();
    for (const frame of watchedFrames) frame.removeEventListener('load', scan);
    for (const detach of attached.values()) detach();
    attached.clear();
  };
}
