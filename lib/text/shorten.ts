/**
 * A long text cut to at most `max` characters for quoting inside a sentence,
 * at a word boundary when one is near, ending in "…". Published paper names
 * run to several hundred characters; quoted whole they bury the message.
 */
export function shorten(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // Cut at the last word boundary unless that would throw away more than a fifth.
  return `${(space > max * 0.8 ? cut.slice(0, space) : cut).replace(/[\s,;:.(–-]+$/u, '')}…`;
}
