// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { byText, findTarget, inRow, resolveEntry, rowScore } from '@/lib/portal/find-target';
import { SelectorEntry } from '@/lib/portal/selector-schema';
import { SELECTORS } from '@/lib/portal/selectors';
import { portalRecordJson } from '../support/replica/records';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

const entry = (partial: Partial<SelectorEntry>) =>
  SelectorEntry.parse({ describe: { vi: 'x', en: 'x' }, pages: ['home'], css: [], text: [], structural: [], expected: 1, ...partial });

describe('resolveEntry', () => {
  beforeEach(() => page(''));

  it('prefers CSS, then folded visible text, then structure', () => {
    const e = entry({
      css: [{ css: '[data-e2e="btn-login"]' }],
      text: [{ within: 'button', equals: 'Đăng nhập' }],
      structural: [{ css: 'header button' }],
    });
    page('<header><button data-e2e="btn-login">Vào</button><button>Đăng nhập</button></header>');
    expect(resolveEntry(document, e)).toMatchObject({ via: 'css', elements: [document.querySelector('[data-e2e]')] });
    page('<header><button>  ĐĂNG   NHẬP </button></header>');
    expect(resolveEntry(document, e)?.via).toBe('text');
    page('<header><button>Sign in</button></header>');
    expect(resolveEntry(document, e)?.via).toBe('structural');
    page('<main><p>Đăng nhập</p></main>');
    expect(resolveEntry(document, e)).toBeNull();
  });

  it('restricts text to the given roles and returns the innermost match', () => {
    page(`<div role="button">Bấm <span role="button">Nộp trực tuyến</span></div>
          <p>Hãy bấm Nộp trực tuyến</p><a href="#">Nộp trực tuyến</a>`);
    const found = byText(document, { within: 'a, [role="button"]', equals: 'nop truc tuyen' });
    expect(found.map((el) => el.tagName)).toEqual(['SPAN', 'A']);
    const contains = byText(document, { within: 'a, [role="button"]', contains: 'Nộp trực tuyến' });
    expect(contains.map((el) => el.tagName)).toEqual(['SPAN', 'A']);
  });

  it('reads inputs by aria-label, label and placeholder', () => {
    page(`<label for="u">Số định danh cá nhân</label><input id="u">
          <input placeholder="Nhập mã xác nhận"><input aria-label="Mật khẩu" type="password">`);
    expect(byText(document, { within: 'input', contains: 'định danh' })[0]?.id).toBe('u');
    expect(byText(document, { within: 'input', contains: 'ma xac nhan' })).toHaveLength(1);
    expect(byText(document, { within: 'input', equals: 'mật khẩu' })[0]?.getAttribute('type')).toBe('password');
  });

  it('skips what the markup hides: closed content, content behind a modal, inert regions', () => {
    page(`<div aria-hidden="true"><button>Đồng ý</button></div><div hidden><button>Đồng ý</button></div>
          <section inert><button>Đồng ý</button></section><div role="dialog"><button id="ok">Đồng ý</button></div>`);
    const found = byText(document, { within: 'button', equals: 'Đồng ý' });
    expect(found.map((el) => el.id)).toEqual(['ok']);
  });

  it('honours the browser layer’s visibility test and picks the nth match', () => {
    page('<button aria-haspopup="listbox">A</button><button aria-haspopup="listbox" id="b">B</button>');
    const e = entry({ css: [{ css: 'button[aria-haspopup="listbox"]', nth: 1 }] });
    expect(resolveEntry(document, e)?.elements[0]?.id).toBe('b');
    expect(resolveEntry(document, e, { isShown: (el) => el.id !== 'b' })).toBeNull();
  });

  it('degrades a broken selector to "not found" instead of throwing', () => {
    page('<button>x</button>');
    expect(resolveEntry(document, entry({ css: [{ css: 'button[' }] }))).toBeNull();
  });
});

interface PortalRecord {
  executionCases: { profileComponents: { name: string }[] }[];
}

describe('finding the row of a paper', () => {
  it('picks the upload button on the row naming each real paper of the khai sinh procedure', () => {
    const khaiSinh = JSON.parse(portalRecordJson('019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7') ?? 'null') as PortalRecord | null;
    const names = (khaiSinh?.executionCases ?? []).flatMap((c) => c.profileComponents.map((p) => p.name));
    expect(names.length).toBeGreaterThan(3);
    const rows = names.map((name, i) => `<tr><td>${i + 1}</td><td>${name}</td><td><button title="Tải lên file" data-i="${i}"></button></td></tr>`);
    page(`<table><tbody>${rows.join('')}</tbody></table>`);
    names.forEach((name, i) => {
      // The checklist trims the leading dash and may cut the name short: the row is still found.
      const shorter = name.replace(/^[-+\s]+/, '').split(/[;(]/)[0] as string;
      expect(findTarget(document, SELECTORS['filing.uploadButton'], shorter)?.getAttribute('data-i')).toBe(String(i));
    });
  });

  it('finds nothing for a paper the table does not list', () => {
    page('<table><tr><td>Giấy chứng sinh</td><td><button title="Tải lên file"></button></td></tr></table>');
    expect(inRow(Array.from(document.querySelectorAll('button')), 'Văn bản ủy quyền')).toBeNull();
    expect(rowScore('Bản sao Giấy chứng sinh', 'Giấy chứng sinh')).toEqual({ recall: 1, precision: 0.6 });
    expect(rowScore('Giấy chứng sinh', '')).toEqual({ recall: 0, precision: 0 });
  });
});
