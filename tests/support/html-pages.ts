import { afterAll } from 'vitest';
import { parseHtmlDocument } from '../../scripts/html-document';

/**
 * Parses pages with happy-dom's Window in a Node test environment (the code
 * under test gets its root by argument and touches no browser global); every
 * page opened is closed after the file's tests.
 */
export function htmlPages(): (html: string) => Document {
  const opened: { close: () => Promise<void> }[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((p) => p.close()));
  });
  return (html) => {
    const p = parseHtmlDocument(html);
    opened.push(p);
    return p.document;
  };
}
