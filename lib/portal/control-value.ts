const FORM_CONTROL = 'input, select, textarea, [role="switch"], [role="checkbox"]';

/**
 * What the user has put in a portal control: a field's value, a box's state,
 * or a custom list's shown choice (the portal's listboxes show it as the
 * button's text). Checked by tag and role, not `instanceof`, so a control in
 * a same-host frame reads the same.
 */
export function currentValue(el: Element): string {
  const tag = el.localName;
  if (tag === 'input') {
    const input = el as HTMLInputElement;
    if (input.type === 'checkbox' || input.type === 'radio') return input.checked ? 'on' : '';
    return input.value;
  }
  if (tag === 'textarea' || tag === 'select') return (el as HTMLTextAreaElement | HTMLSelectElement).value;
  const role = el.getAttribute('role');
  if (role === 'switch' || role === 'checkbox') return el.getAttribute('aria-checked') === 'true' ? 'on' : '';
  const controls = el.querySelectorAll(FORM_CONTROL);
  if (controls.length === 1) return currentValue(controls[0] as Element);
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}
