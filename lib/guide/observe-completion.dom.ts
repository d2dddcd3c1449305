import type { ActionKind } from './schema';

const FORM_CONTROL = 'input, select, textarea, [role="switch"], [role="checkbox"]';

/** What the user has put in a target: a field's value, a box's state, or a custom list's shown choice. */
export function currentValue(el: Element): string {
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) return el.checked ? 'on' : '';
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return el.value;
  const role = el.getAttribute('role');
  if (role === 'switch' || role === 'checkbox') return el.getAttribute('aria-checked') === 'true' ? 'on' : '';
  const controls = el.querySelectorAll(FORM_CONTROL);
  if (controls.length === 1) return currentValue(controls[0] as Element);
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const within = (event: Event, target: Element) => event.composedPath().includes(target);

/**
 * Watches the user's own action on a step's target and calls `report` once
 * when it completes the step. Listeners are passive and in the capture phase,
 * so the portal's handlers cannot hide the action from us, and we never
 * change or stop the event.
 */
export function observeCompletion(target: Element, kind: ActionKind, report: () => void): () => void {
  const doc = target.ownerDocument;
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    report();
  };
  const cleanups: (() => void)[] = [];
  const listen = (type: string, handler: (e: Event) => void) => {
    doc.addEventListener(type, handler, { capture: true, passive: true });
    cleanups.push(() => doc.removeEventListener(type, handler, { capture: true }));
  };

  if (kind === 'click') {
    listen('click', (e) => within(e, target) && finish());
  } else if (kind === 'file') {
    listen('change', (e) => {
      const input = e.target;
      if (input instanceof HTMLInputElement && input.type === 'file' && (input.files?.length ?? 0) > 0) finish();
    });
    listen('drop', (e) => within(e, target) && ((e as DragEvent).dataTransfer?.files.length ?? 0) > 0 && finish());
  } else {
    // A value counts once it differs from what the step started with; typing
    // counts on "change" (leaving the field), so the card does not move mid-word.
    const before = currentValue(target);
    const check = () => {
      const now = currentValue(target);
      if (now !== before && now.trim() !== '') finish();
    };
    listen('change', (e) => within(e, target) && check());
    listen('click', (e) => within(e, target) && queueMicrotask(check));
    const observer = new MutationObserver(check);
    observer.observe(target, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-checked', 'data-state'] });
    cleanups.push(() => observer.disconnect());
  }
  return () => {
    for (const cleanup of cleanups) cleanup();
  };
}
