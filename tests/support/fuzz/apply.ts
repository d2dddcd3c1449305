import type { Mutation } from './plan';

/**
 * Applies one mutation to the current document and says what it did. Runs in
 * the page (`page.evaluate(applyMutation, m)`), so it is self-contained: no
 * imports, no outside helpers. Page text is changed with DOM text APIs only.
 */
export function applyMutation(m: Mutation): string {
  const eligible = Array.from(document.querySelectorAll(m.selector)).filter(
    (el) => !['HTML', 'HEAD', 'BODY'].includes(el.tagName) && !el.closest('dvc-assistant') && !el.querySelector('dvc-assistant'),
  );
  const target = eligible[m.index % Math.max(eligible.length, 1)];
  if (!target) return `${m.kind}: no ${m.selector}`;
  const label = `${m.kind} ${target.localName} “${(target.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}”`;

  const textNodes = () => {
    const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    return nodes;
  };
  const rewriteText = (change: (text: string) => string) => {
    for (const node of textNodes()) node.data = change(node.data);
  };

  switch (m.kind) {
    case 'remove':
      target.remove();
      return label;
    case 'duplicate':
      target.after(target.cloneNode(true));
      return label;
    case 'rerender': {
      const parent = target.parentNode;
      const next = target.nextSibling;
      target.remove();
      setTimeout(() => parent?.insertBefore(target, next && next.parentNode === parent ? next : null), m.delayMs);
      return `${label} after ${m.delayMs} ms`;
    }
    case 'rename': {
      if (m.what === 'id') target.id = `x${m.index}`;
      else if (m.what === 'class') target.removeAttribute('class');
      else if (m.what === 'attributes') for (const name of target.getAttributeNames()) target.removeAttribute(name);
      else {
        const renamed = document.createElement(m.tag);
        for (const name of target.getAttributeNames()) renamed.setAttribute(name, target.getAttribute(name) ?? '');
        renamed.append(...Array.from(target.childNodes));
        target.replaceWith(renamed);
      }
      return `${label} → ${m.what === 'tag' ? m.tag : m.what}`;
    }
    case 'diacritics': {
      // Tone marks (grave, acute, hook, tilde, dot) and the vowel pairs whose tone moved between the
      // old and new spelling rules: hòa/hoà, khỏe/khoẻ, thủy/thuỷ — only where the pair ends the syllable.
      const tones = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
      const pairs = [
        ['o', 'a'],
        ['o', 'e'],
        ['u', 'y'],
      ];
      const spellings = pairs.flatMap(([a, b]) =>
        tones.map((tone) => ({ old: `${a}${tone}${b}`.normalize('NFC'), new: `${a}${b}${tone}`.normalize('NFC') })),
      );
      rewriteText((text) => {
        if (m.style === 'nfd') return text.normalize('NFD');
        if (m.style === 'nfc') return text.normalize('NFC');
        let out = text.normalize('NFC');
        for (const s of spellings) {
          const [from, to] = m.style === 'old-tones' ? [s.new, s.old] : [s.old, s.new];
          out = out.replace(new RegExp(`${from}(?!\\p{L})`, 'gu'), to);
        }
        return out;
      });
      return `${label} → ${m.style}`;
    }
    case 'whitespace': {
      const runs = [' ', '  ', '\u00a0', '\n', '\t ', ' \u200b', '\u00a0 \n'];
      let state = m.variant;
      rewriteText((text) =>
        ` ${text} `.replace(/ /g, () => {
          state = (state * 1103515245 + 12345) % 2147483648;
          return runs[state % runs.length] ?? ' ';
        }),
      );
      return label;
    }
    case 'inject': {
      if (m.place === 'href') {
        const link = target.closest('a') ?? target.querySelector('a');
        if (link) link.setAttribute('href', m.payload.startsWith('javascript:') ? m.payload : `javascript:window.__pwned=1//${m.payload}`);
        else target.append(document.createTextNode(m.payload));
      } else {
        const [first] = textNodes();
        if (m.place === 'replace' && first) first.data = m.payload;
        else if (m.place === 'replace') target.textContent = m.payload;
        else if (m.place === 'prepend') target.prepend(document.createTextNode(m.payload));
        else target.append(document.createTextNode(m.payload));
      }
      return `${label} ← ${m.place} ${m.payload}`;
    }
  }
}
