// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onPageChange, THROTTLE_MS } from '@/lib/portal/page-changes.dom';

const stops: (() => void)[] = [];
const subscribe = (listener: () => void) => {
  const stop = onPageChange(listener);
  stops.push(stop);
  return stop;
};
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  document.body.replaceChildren();
});

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('the shared page observer', () => {
  it('tells every subscriber of a change, once for one change', async () => {
    const a = vi.fn();
    const b = vi.fn();
    subscribe(a);
    subscribe(b);
    document.body.append(document.createElement('button'));
    await vi.waitFor(() => expect(a).toHaveBeenCalledTimes(1));
    expect(b).toHaveBeenCalledTimes(1);
    // The window closes with nothing pending: no second run.
    await new Promise((resolve) => setTimeout(resolve, THROTTLE_MS * 3));
    expect(a).toHaveBeenCalledTimes(1);
  });

  it('sees attribute changes that show or hide an element, and text changes', async () => {
    const listener = vi.fn();
    const dialog = document.createElement('div');
    dialog.hidden = true;
    const text = document.createTextNode('Mã hồ sơ');
    dialog.append(text);
    document.body.append(dialog);
    subscribe(listener);
    dialog.hidden = false;
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, THROTTLE_MS * 2));
    text.data = 'Mã hồ sơ: G22.99.08-260101-0001';
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(2));
  });

  it('costs bounded work when a hostile page mutates in a loop, and still sees the final state', async () => {
    const target = document.createElement('div');
    document.body.append(target);
    let runs = 0;
    let seen = '';
    subscribe(() => {
      runs += 1;
      seen = target.textContent ?? '';
    });
    let mutations = 0;
    const started = performance.now();
    // A page rewriting itself without pause for a while: every task, a few changes.
    while (performance.now() - started < THROTTLE_MS * 8) {
      for (let i = 0; i < 5; i++) {
        target.setAttribute('class', `c${mutations}`);
        target.textContent = String(mutations);
        mutations += 1;
      }
      await tick();
    }
    const elapsed = performance.now() - started;
    const final = target.textContent;
    await vi.waitFor(() => expect(seen).toBe(final));
    // One leading run, then at most one per window: a slow machine only makes fewer.
    expect(runs).toBeLessThanOrEqual(Math.ceil(elapsed / THROTTLE_MS) + 2);
  });

  it('stops observing with its last subscriber', async () => {
    const kept = vi.fn();
    const dropped = vi.fn();
    const stopKept = subscribe(kept);
    subscribe(dropped)();
    document.body.append(document.createElement('p'));
    await vi.waitFor(() => expect(kept).toHaveBeenCalledTimes(1));
    expect(dropped).not.toHaveBeenCalled();
    stopKept();
    await new Promise((resolve) => setTimeout(resolve, THROTTLE_MS * 2));
    document.body.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, THROTTLE_MS * 2));
    expect(kept).toHaveBeenCalledTimes(1);
  });
});
