import { Window } from 'happy-dom';

/**
 * Parses saved page markup into a Document with happy-dom (Node has no DOM).
 * JSX comment blocks `{/* … *\/}` — left in markup copied out of React sources,
 * as in ../shared/data/other-portals.jsonl — hide what they wrap, as on the page.
 */
export function parseHtmlDocument(html: string): { document: Document; close: () => Promise<void> } {
  const window = new Window({ url: 'https://dichvucong.gov.vn/' });
  window.document.write(html.replace(/\{\/\*[\s\S]*?\*\/\}/g, ''));
  return { document: window.document as unknown as Document, close: () => window.happyDOM.close() };
}
