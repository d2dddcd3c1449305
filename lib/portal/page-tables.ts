/**
 * The page's tables as text: what the papers-list readers (lib/checklist/
 * from-document.ts) need, read here so that no reader walks the portal's DOM
 * itself. Pure over the given root; never writes.
 */
export interface TableCell {
  text: string;
  /** The column an old-portal responsive cell names itself (`data-title`), if any. */
  title: string | null;
  /** The texts of its links (form files). */
  links: string[];
}

export interface TableRow {
  cells: TableCell[];
  /** The table's heading row when it has no `thead` (its first row). */
  head: boolean;
}

export interface PageTable {
  /** Cell texts of the heading row (the `thead` row, else the first row); null when the table has no row. */
  head: string[] | null;
  /** The `data-title` of every body cell, where cells name their columns. */
  titles: string[];
  /** The nearest earlier text before the table (its case title), and whether that is a heading; null when another table comes first. */
  before: { text: string; heading: boolean } | null;
  /** Its own rows (not a nested table's) outside `thead`; a first row standing for the heading is marked. Read on demand: most tables are not papers lists. */
  rows(): TableRow[];
}

const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The nearest earlier element with text, climbing out of wrappers (new
 * portal: title element then table; old portal: div.title beside
 * div.content). Null when a table comes first.
 */
function textBefore(table: Element): PageTable['before'] {
  let node: Element | null = table;
  for (let depth = 0; node && depth < 4; depth++) {
    let prev: Element | null = node.previousElementSibling;
    while (prev) {
      if (prev.tagName === 'TABLE' || prev.querySelector('table')) return null;
      const text = textOf(prev);
      if (text) return { text, heading: /^h[1-6]$/i.test(prev.tagName) };
      prev = prev.previousElementSibling;
    }
    node = node.parentElement;
  }
  return null;
}

function cellsOf(tr: Element): TableCell[] {
  return Array.from(tr.children)
    .filter((c) => c.tagName === 'TD' || c.tagName === 'TH')
    .map((cell) => ({ text: textOf(cell), title: cell.getAttribute('data-title'), links: Array.from(cell.querySelectorAll('a')).map(textOf).filter(Boolean) }));
}

/** Every table under `root`, in page order, as text. */
export function readPageTables(root: ParentNode): PageTable[] {
  return Array.from(root.querySelectorAll('table')).map((table) => {
    const headRow = table.querySelector('thead tr') ?? table.querySelector('tr');
    return {
      head: headRow ? Array.from(headRow.children).map((cell) => textOf(cell)) : null,
      titles: Array.from(table.querySelectorAll('td[data-title]')).map((cell) => cell.getAttribute('data-title') ?? ''),
      before: textBefore(table),
      rows: () =>
        Array.from(table.querySelectorAll('tr'))
          .filter((tr) => tr.closest('table') === table && !tr.closest('thead'))
          .map((tr) => ({ cells: cellsOf(tr), head: tr === headRow })),
    };
  });
}
