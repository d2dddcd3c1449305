// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepOnTop } from '@/lib/guide/keep-on-top.dom';
import { findTarget } from '@/lib/portal/find-target';
import { SELECTORS } from '@/lib/portal/selectors';
import { trackTarget } from '@/lib/portal/track-target.dom';

const flush = () => new Promise((r) => setTimeout(r, 0));
const findNext = () => findTarget(document, SELECTORS['moj.next']);
const nextButton = () => Object.assign(document.createElement('button'), { textContent: 'Bước tiếp theo' });

describe('trackTarget', () => {
  beforeEach(() => {
    document.body.innerHTML = '<main></main>';
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('finds a target that is already there, and one that arrives late', async () => {
    const main = document.querySelector('main') as HTMLElement;
    main.append(nextButton());
    const found = vi.fn();
    trackTarget(findNext, 1000, { onFound: found, onLost: vi.fn(), onMissing: vi.fn() })();
    expect(found).toHaveBeenCalledWith(main.firstElementChild);

    main.replaceChildren();
    const late = vi.fn();
    const stop = trackTarget(findNext, 5000, { onFound: late, onLost: vi.fn(), onMissing: vi.fn() });
    expect(late).not.toHaveBeenCalled();
    main.append(nextButton());
    await flush();
    expect(late).toHaveBeenCalledOnce();
    stop();
  });

  it('follows the portal re-rendering the element: lost, then the new element', async () => {
    const main = document.querySelector('main') as HTMLElement;
    main.append(nextButton());
    const found = vi.fn();
    const lost = vi.fn();
    const stop = trackTarget(findNext, 5000, { onFound: found, onLost: lost, onMissing: vi.fn() });
    main.replaceChildren();
    await flush();
    expect(lost).toHaveBeenCalledOnce();
    const fresh = nextButton();
    main.append(fresh);
    // Within the shared observer's throttle window: seen at the window's end.
    await vi.waitFor(() => expect(found).toHaveBeenCalledTimes(2));
    expect(found).toHaveBeenLastCalledWith(fresh);
    stop();
  });

  it('reports a missing target once its budget has run out, and still finds it afterwards', async () => {
    vi.useFakeTimers();
    const missing = vi.fn();
    const found = vi.fn();
    const stop = trackTarget(findNext, 2000, { onFound: found, onLost: vi.fn(), onMissing: missing });
    vi.advanceTimersByTime(1999);
    expect(missing).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(missing).toHaveBeenCalledOnce();
    vi.useRealTimers();
    document.querySelector('main')?.append(nextButton());
    await flush();
    expect(found).toHaveBeenCalledOnce();
    stop();
  });
});

describe('keepOnTop', () => {
  it('keeps the overlay last in <body> and un-hides it when a page modal hides the rest', async () => {
    document.body.innerHTML = '<main></main>';
    const host = document.createElement('dvc-assistant');
    document.body.append(host);
    const stop = keepOnTop(host);
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    document.body.append(dialog);
    host.setAttribute('aria-hidden', 'true');
    await flush();
    expect(document.body.lastElementChild).toBe(host);
    expect(host.hasAttribute('aria-hidden')).toBe(false);
    stop();
  });

  it('moves the host with moveBefore where the browser has it, so the pre-check frame inside is not reloaded', async () => {
    document.body.innerHTML = '<main></main>';
    const host = document.createElement('dvc-assistant');
    document.body.append(host);
    // happy-dom has no moveBefore: a stand-in recording how the host was moved (Chromium's keeps an iframe's document alive).
    const moved: Node[] = [];
    const body = document.body as HTMLElement & { moveBefore?: (node: Node, child: Node | null) => void };
    body.moveBefore = (node, child) => {
      moved.push(node);
      body.insertBefore(node, child);
    };
    const stop = keepOnTop(host);
    // The portal's toast for a file over 2 MB.
    document.body.append(Object.assign(document.createElement('div'), { textContent: 'Vui lòng chọn tệp nhỏ hơn 2MB!' }));
    await flush();
    expect(moved).toEqual([host]);
    expect(document.body.lastElementChild).toBe(host);
    stop();
    delete body.moveBefore;
  });
});
