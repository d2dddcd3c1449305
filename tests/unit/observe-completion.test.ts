// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { observeCompletion, recordUserActions } from '@/lib/guide/observe-completion.dom';
import { currentValue } from '@/lib/portal/control-value';

let stopRecording: () => void;
beforeEach(() => {
  document.body.innerHTML = `
    <form><label for="id">Số định danh cá nhân</label><input id="id"><button id="go" type="button"><span>Đăng nhập</span></button>
    <input type="checkbox" id="agree"><button role="switch" aria-checked="false" id="sw"></button>
    <button aria-haspopup="listbox" id="province"><span>-- Chọn Tỉnh/ Thành phố --</span></button>
    <input type="file" id="picker"></form>`;
  stopRecording = recordUserActions(document);
});
afterEach(() => stopRecording());

const el = <T extends Element>(id: string) => document.getElementById(id) as unknown as T;
const flush = () => new Promise((r) => setTimeout(r, 0));

function change(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('observeCompletion', () => {
  it('completes a click step on a click inside the target, once', async () => {
    const report = vi.fn();
    const stop = observeCompletion(el('go'), 'click', report);
    el<HTMLElement>('id').click();
    el<HTMLElement>('go').querySelector('span')?.click();
    el<HTMLElement>('go').click();
    await flush();
    expect(report).toHaveBeenCalledOnce();
    stop();
  });

  it('completes a value step when the field is left with a value, not while it is empty', async () => {
    const report = vi.fn();
    observeCompletion(el('id'), 'value', report);
    change(el('id'), '');
    await flush();
    expect(report).not.toHaveBeenCalled();
    change(el('id'), '001090012345');
    await flush();
    expect(report).toHaveBeenCalledOnce();
  });

  it('sees a choice in a custom list, a ticked box and a switch turned on', async () => {
    const chosen = vi.fn();
    observeCompletion(el('province'), 'value', chosen);
    (el('province').querySelector('span') as HTMLElement).textContent = 'Thành phố Hà Nội';
    await flush();
    expect(chosen).toHaveBeenCalledOnce();

    const ticked = vi.fn();
    observeCompletion(el('agree'), 'value', ticked);
    el<HTMLInputElement>('agree').click();
    await flush();
    expect(ticked).toHaveBeenCalledOnce();

    const switched = vi.fn();
    observeCompletion(el('sw'), 'value', switched);
    el('sw').setAttribute('aria-checked', 'true');
    await flush();
    expect(switched).toHaveBeenCalledOnce();
    expect(currentValue(el('sw'))).toBe('on');
  });

  it('sees a choice when the portal replaces the picker with an input holding it, not when it re-renders it unchanged', async () => {
    const chosen = vi.fn();
    const input = document.createElement('input');
    input.value = 'Thành phố Hà Nội';
    observeCompletion(input, 'value', chosen, '-- Chọn Tỉnh/ Thành phố --');
    expect(chosen).toHaveBeenCalledOnce();
    const same = vi.fn();
    observeCompletion(input, 'value', same, 'Thành phố Hà Nội');
    const empty = vi.fn();
    observeCompletion(document.createElement('input'), 'value', empty, '-- Chọn Tỉnh/ Thành phố --');
    await flush();
    expect(same).not.toHaveBeenCalled();
    expect(empty).not.toHaveBeenCalled();
  });

  it('counts an action taken just before the step reached the page, but only for one step', async () => {
    change(el('id'), '001090012345');
    const late = vi.fn();
    observeCompletion(el('id'), 'value', late);
    await flush();
    expect(late).toHaveBeenCalledOnce();

    Object.defineProperty(el('picker'), 'files', { value: [new File(['x'], 'a.pdf')] });
    el('picker').dispatchEvent(new Event('change', { bubbles: true }));
    const first = vi.fn();
    const second = vi.fn();
    observeCompletion(el('go'), 'file', first);
    observeCompletion(el('go'), 'file', second);
    await flush();
    expect(first).toHaveBeenCalledOnce();
    expect(second).not.toHaveBeenCalled();
  });

  it('stops listening when the step is left', async () => {
    const report = vi.fn();
    observeCompletion(el('go'), 'click', report)();
    el<HTMLElement>('go').click();
    await flush();
    expect(report).not.toHaveBeenCalled();
  });
});
