/**
 * Which licences the extension may ship. Everything in `dependencies` ends up
 * minified inside the store package, so a copyleft licence (GPL family, SSPL)
 * would bind the whole extension, and a licence we cannot name is a risk we
 * have not read. Anything not on the permissive or file-level list is therefore refused.
 */

export type LicenceVerdict = 'ok' | 'forbidden' | 'unknown';

/** Permissive SPDX identifiers seen in JavaScript packages (compared case-insensitively). */
const PERMISSIVE = new Set(
  ['MIT', 'MIT-0', 'ISC', '0BSD', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', 'BlueOak-1.0.0', 'Zlib', 'Unlicense', 'CC0-1.0', 'Python-2.0'].map(
    (id) => id.toLowerCase(),
  ),
);
/**
 * File-level copyleft: the licence binds only the files it covers, not the
 * work they are bundled into. Shipping those files unmodified (minified is
 * still unmodified source under MPL 2.0 §3.2, as long as the source stays
 * available upstream) leaves the extension's own code under its own terms.
 * MPL-2.0 is here for webextension-polyfill, which the design names; a change
 * to such a file would have to be published under the same licence.
 */
const FILE_LEVEL_COPYLEFT = new Set(['mpl-2.0']);
/** Copyleft families: GPL, LGPL, AGPL (any version, "-only"/"-or-later"/"+"), SSPL. */
const COPYLEFT = /^(a|l)?gpl-|^sspl-/i;

const RANK: Record<LicenceVerdict, number> = { ok: 0, unknown: 1, forbidden: 2 };
const worst = (a: LicenceVerdict, b: LicenceVerdict) => (RANK[a] >= RANK[b] ? a : b);
const best = (a: LicenceVerdict, b: LicenceVerdict) => (RANK[a] <= RANK[b] ? a : b);

function verdictOfId(id: string): LicenceVerdict {
  if (COPYLEFT.test(id)) return 'forbidden';
  const lower = id.toLowerCase();
  return PERMISSIVE.has(lower) || FILE_LEVEL_COPYLEFT.has(lower) ? 'ok' : 'unknown';
}

/**
 * Verdict for an SPDX expression: `OR` lets us pick the best alternative,
 * `AND` binds us to all of them, `WITH exception` is judged by its licence.
 */
export function licenceVerdict(expression: string | null | undefined): LicenceVerdict {
  const tokens = (expression ?? '').match(/\(|\)|[^\s()]+/g) ?? [];
  if (tokens.length === 0) return 'unknown';
  let at = 0;
  const peek = () => tokens[at]?.toUpperCase();
  const primary = (): LicenceVerdict => {
    const token = tokens[at++];
    if (token === undefined || token === ')') return 'unknown';
    if (token === '(') {
      const inner = anyOf();
      return tokens[at++] === ')' ? inner : 'unknown';
    }
    if (peek() === 'WITH') at += 2;
    return verdictOfId(token);
  };
  /** `operand (op operand)*`, folded with `combine`. */
  const chain = (op: string, operand: () => LicenceVerdict, combine: typeof best) => (): LicenceVerdict => {
    let verdict = operand();
    while (peek() === op) {
      at++;
      verdict = combine(verdict, operand());
    }
    return verdict;
  };
  const allOf = chain('AND', primary, worst);
  const anyOf = chain('OR', allOf, best);
  const verdict = anyOf();
  return at === tokens.length ? verdict : 'unknown';
}

/**
 * The licence a package.json declares: `license` (SPDX), or the deprecated
 * `licenses: [{ type }]` list, read as alternatives. Null when none is given.
 */
export function declaredLicence(manifest: { license?: unknown; licenses?: unknown }): string | null {
  if (typeof manifest.license === 'string' && manifest.license.trim()) return manifest.license.trim();
  if (manifest.license && typeof manifest.license === 'object') {
    const type = (manifest.license as { type?: unknown }).type;
    if (typeof type === 'string') return type;
  }
  if (Array.isArray(manifest.licenses)) {
    const types = manifest.licenses.flatMap((l) => (l && typeof l.type === 'string' ? [l.type as string] : []));
    if (types.length) return types.length === 1 ? (types[0] as string) : `(${types.join(' OR ')})`;
  }
  return null;
}
