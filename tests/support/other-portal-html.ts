/** One record of ../shared/data/other-portals.jsonl. */
export interface OtherPortalRecord {
  name: string;
  dossier: string;
  format: 'html' | 'text';
  source: string;
  notes: string;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The old portal's block as a browser would get it: the JSX spellings of the copy undone (class, no style objects, no comments). */
function fromJsx(jsx: string): string {
  return jsx
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/\sstyle=\{\{[^}]*\}\}/g, '')
    .replace(/\bclassName=/g, 'class=');
}

/**
 * The excerpt's markdown rendering back into the tables it was made from:
 * each "Tên giấy tờ | …" line opens a table, `---` and lone `|` lines are
 * dropped, every other line is a row of `|`-separated cells (trailing empty
 * cells of the shifted columns dropped, as the renderer added them).
 */
function fromMarkdown(text: string): string {
  const tables: string[][] = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line || /^\|?$/.test(line) || /^-{3}/.test(line)) continue;
    const cells = line.split('|').map((c) => c.trim());
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    const row = cells.map((c) => `<td>${escapeText(c)}</td>`).join('');
    if (/^Tên giấy tờ$/i.test(cells[0] ?? '')) tables.push([`<thead><tr>${cells.map((c) => `<th>${escapeText(c)}</th>`).join('')}</tr></thead>`]);
    else tables[tables.length - 1]?.push(`<tr>${row}</tr>`);
  }
  return tables.map(([head, ...rows]) => `<table>${head}<tbody>${rows.join('')}</tbody></table>`).join('\n');
}

/** A page holding the record's papers block, as the other portal would serve it. */
export function otherPortalPage(record: OtherPortalRecord): string {
  const body = record.format === 'html' ? fromJsx(record.dossier) : fromMarkdown(record.dossier);
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>x</title></head><body>${body}</body></html>`;
}
