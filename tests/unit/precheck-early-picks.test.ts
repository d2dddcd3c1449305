// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { recordEarlyPicks, takeEarlyPicks } from '../../lib/precheck/early-picks.dom';

/** The one-page filing's shape: a row's "Tải lên file" button and the page's one shared file input. */
function filingPage() {
  document.body.innerHTML = `
    <table><tbody>
      <tr><td>Tờ khai</td><td><button title="Tải lên file" id="b0">Tải lên file</button></td></tr>
      <tr><td>Giấy tờ chứng minh chỗ ở</td><td><button title="Tải lên file" id="b1">Tải lên file</button></td></tr>
    </tbody></table>
    <input type="file" id="shared" hidden>`;
  return { button: document.getElementById('b1') as HTMLButtonElement, input: document.getElementById('shared') as HTMLInputElement };
}

function pick(input: HTMLInputElement, names: string[]) {
  const files = names.map((n) => new File(['%PDF-1.4'], n, { type: 'application/pdf' }));
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

let stop = () => {};
afterEach(() => {
  stop();
  takeEarlyPicks();
  delete (globalThis as Record<string, unknown>).__dvcEarlyPicks;
});

describe('files picked before the overlay arrives', () => {
  it('are kept with the button that opened the chooser, and handed over once', () => {
    const { button, input } = filingPage();
    stop = recordEarlyPicks(document);
    button.click();
    pick(input, ['hop-dong-thue-nha.pdf', 'so-do.pdf']);
    const picks = takeEarlyPicks();
    expect(picks.map((p) => [p.file.name, p.origins[0], p.input])).toEqual([
      ['hop-dong-thue-nha.pdf', button, input],
      ['so-do.pdf', button, input],
    ]);
    expect(takeEarlyPicks()).toEqual([]);
  });

  it('stop once taken: the overlay sees later picks itself, so none is checked twice', () => {
    const { button, input } = filingPage();
    stop = recordEarlyPicks(document);
    takeEarlyPicks();
    button.click();
    pick(input, ['giay-to.pdf']);
    expect(takeEarlyPicks()).toEqual([]);
  });

  it('fall back on what had the focus when no click was seen (the chooser opened by keyboard)', () => {
    const { button, input } = filingPage();
    stop = recordEarlyPicks(document);
    button.focus();
    pick(input, ['giay-to.pdf']);
    expect(takeEarlyPicks()[0]?.origins).toEqual([button]);
  });

  it("keep the user's click behind the portal's own click on its hidden input", () => {
    const { button, input } = filingPage();
    stop = recordEarlyPicks(document);
    button.addEventListener('click', () => input.click());
    button.click();
    pick(input, ['giay-to.pdf']);
    expect(takeEarlyPicks()[0]?.origins.slice(0, 2)).toEqual([input, button]);
  });

  it('keep a bounded number of picks, the latest ones', () => {
    const { input } = filingPage();
    stop = recordEarlyPicks(document);
    pick(input, Array.from({ length: 50 }, (_, i) => `tep-${i}.pdf`));
    const picks = takeEarlyPicks();
    expect(picks).toHaveLength(20);
    expect(picks.at(-1)?.file.name).toBe('tep-49.pdf');
  });

  it('ignore changes of other inputs', () => {
    filingPage();
    stop = recordEarlyPicks(document);
    const text = document.createElement('input');
    document.body.append(text);
    text.dispatchEvent(new Event('change', { bubbles: true }));
    expect(takeEarlyPicks()).toEqual([]);
  });
});
