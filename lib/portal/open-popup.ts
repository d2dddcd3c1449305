/**
 * The list a listbox or combobox target has open (the portal portals it to
 * the end of <body>), by the target's `aria-expanded` and `aria-controls`;
 * null when none is open.
 */
export function openPopup(anchor: Element): Element | null {
  if (anchor.getAttribute('aria-expanded') !== 'true') return null;
  const id = anchor.getAttribute('aria-controls');
  return id ? anchor.ownerDocument.getElementById(id) : null;
}
