// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { applyMutation } from '../support/fuzz/apply';
import { fuzzPlan, MUTATION_KINDS, type Mutation } from '../support/fuzz/plan';
import { prng, seedOf } from '../support/fuzz/prng';

describe('fuzz plan (the generator behind tests/e2e/fuzz.spec.ts)', () => {
  it('is reproducible from its seed and differs between seeds', () => {
    expect(fuzzPlan(42, 12)).toEqual(fuzzPlan(42, 12));
    expect(fuzzPlan(42, 12)).not.toEqual(fuzzPlan(43, 12));
    expect(seedOf('1 detail')).toBe(seedOf('1 detail'));
    expect(seedOf('1 detail')).not.toBe(seedOf('1 home'));
    const r = prng(7);
    const draws = Array.from({ length: 1000 }, () => r.int(0, 9));
    for (let digit = 0; digit <= 9; digit++) expect(draws).toContain(digit);
  });

  it('uses every kind of mutation in a run of 12', () => {
    for (const seed of [1, 2, 3, 99]) {
      expect(new Set(fuzzPlan(seed, 12).map((step) => step.mutation.kind))).toEqual(new Set(MUTATION_KINDS));
    }
  });
});

describe('applyMutation', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <main><h1>Thủ tục hòa giải, đăng ký hoàn tất</h1>
      <span class="label">Tên thủ tục</span><span id="name">Thủ tục đăng ký khai sinh</span>
      <a href="/x">Tải mẫu</a></main>
      <dvc-assistant><span>của tiện ích</span></dvc-assistant>`;
  });
  const apply = (m: Mutation) => applyMutation(m);
  const text = (selector: string) => document.querySelector(selector)?.textContent ?? '';

  it('never touches the extension’s own host', () => {
    for (let index = 0; index < 4; index++) apply({ kind: 'remove', selector: 'span', index });
    expect(document.querySelector('dvc-assistant span')?.textContent).toBe('của tiện ích');
    expect(document.querySelectorAll('main span')).toHaveLength(0);
  });

  it('moves tones between the old and new placements only where the vowel pair ends the syllable', () => {
    apply({ kind: 'diacritics', selector: 'h1', index: 0, style: 'new-tones' });
    expect(text('h1')).toBe('Thủ tục hoà giải, đăng ký hoàn tất');
    apply({ kind: 'diacritics', selector: 'h1', index: 0, style: 'old-tones' });
    expect(text('h1')).toBe('Thủ tục hòa giải, đăng ký hoàn tất');
    apply({ kind: 'diacritics', selector: 'h1', index: 0, style: 'nfd' });
    expect(text('h1')).toBe('Thủ tục hòa giải, đăng ký hoàn tất'.normalize('NFD'));
    expect(text('h1')).not.toBe('Thủ tục hòa giải, đăng ký hoàn tất');
  });

  it('injects script-looking text as text, never as elements', () => {
    apply({ kind: 'inject', selector: '#name', index: 0, payload: '<img src=x onerror="window.__pwned=1">', place: 'replace' });
    expect(text('#name')).toBe('<img src=x onerror="window.__pwned=1">');
    expect(document.querySelector('img')).toBeNull();
    apply({ kind: 'inject', selector: 'a', index: 0, payload: 'javascript:window.__pwned=1//', place: 'href' });
    expect(document.querySelector('a')?.getAttribute('href')).toBe('javascript:window.__pwned=1//');
  });

  it('re-renders: the element leaves and comes back in its place', async () => {
    apply({ kind: 'rerender', selector: '#name', index: 0, delayMs: 20 });
    expect(document.getElementById('name')).toBeNull();
    await new Promise((r) => setTimeout(r, 60));
    expect(document.getElementById('name')?.previousElementSibling?.textContent).toBe('Tên thủ tục');
  });

  it('renames tags keeping content, duplicates, and spreads odd whitespace', () => {
    apply({ kind: 'rename', selector: '#name', index: 0, what: 'tag', tag: 'font' });
    expect(document.querySelector('font#name')?.textContent).toBe('Thủ tục đăng ký khai sinh');
    apply({ kind: 'duplicate', selector: 'h1', index: 0 });
    expect(document.querySelectorAll('h1')).toHaveLength(2);
    apply({ kind: 'whitespace', selector: '.label', index: 0, variant: 5 });
    expect(text('.label')).not.toBe('Tên thủ tục');
    expect(text('.label').replace(/[\s\u200b]+/g, ' ').trim()).toBe('Tên thủ tục');
    expect(apply({ kind: 'remove', selector: 'table', index: 3 })).toBe('remove: no table');
  });
});
