// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from '@/lib/checklist/schema';
import { GUIDE_IDS, GUIDES, guideFor } from '@/lib/guide/guides';
import { resolveGuide } from '@/lib/guide/resolve';
import { GuideDef, type GuideDefInput } from '@/lib/guide/schema';
import { guideProblems } from '@/lib/guide/validate';
import { strategiesOf } from '@/lib/portal/find-target';
import { SelectorEntry, StableCss } from '@/lib/portal/selector-schema';
import { SELECTOR_NAMES, SELECTORS } from '@/lib/portal/selectors';
import { portalRecordJson } from '../support/replica/records';

const item = (name: string, action: ChecklistItem['action'], extra: Partial<ChecklistItem> = {}): ChecklistItem => ({
  name,
  kind: 'paper',
  group: null,
  original: null,
  copies: null,
  form: null,
  action,
  heldBy: null,
  reason: '',
  legalBasis: null,
  ...extra,
});

interface PortalRecord {
  executionCases: { profileComponents: { name: string; originalQty: number; copyQty: number }[] }[];
}

/** The khai sinh procedure's real papers, as upload rows (what a checklist without classification would say). */
function khaiSinhItems(): ChecklistItem[] {
  const record = JSON.parse(portalRecordJson('019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7') ?? 'null') as PortalRecord | null;
  return (record?.executionCases ?? []).flatMap((c) =>
    c.profileComponents.map((p) => item(p.name, 'upload', { original: p.originalQty, copies: p.copyQty })),
  );
}

describe('the selector registry', () => {
  // The registry ships typed, without a schema in the overlay: this is where it is validated.
  it('ships every entry valid against its schema', () => {
    for (const name of SELECTOR_NAMES) expect(SelectorEntry.safeParse(SELECTORS[name]).error?.issues, name).toBeUndefined();
  });

  it('has entries whose CSS is valid and free of class names', () => {
    expect(SELECTOR_NAMES.length).toBeGreaterThan(25);
    for (const name of SELECTOR_NAMES) {
      for (const strategy of [...SELECTORS[name].css, ...SELECTORS[name].text.map((t) => ({ css: t.within })), ...SELECTORS[name].structural]) {
        expect(() => document.querySelectorAll(strategy.css), `${name}: ${strategy.css}`).not.toThrow();
      }
      expect(strategiesOf(SELECTORS[name]).length, name).toBeGreaterThan(0);
    }
  });

  it('rejects utility classes, entries without a strategy and ambiguous text rules', () => {
    expect(StableCss.safeParse('span.truncate').success).toBe(false);
    expect(StableCss.safeParse('div.flex > button').success).toBe(false);
    expect(StableCss.safeParse('[title="v.v."] button').success).toBe(true);
    const base = { describe: { vi: 'a', en: 'a' }, pages: ['home'], css: [], text: [], structural: [], expected: 1 };
    expect(SelectorEntry.safeParse(base).success).toBe(false);
    expect(SelectorEntry.safeParse({ ...base, text: [{ within: 'button', equals: 'A', contains: 'A' }] }).success).toBe(false);
    expect(SelectorEntry.safeParse({ ...base, text: [{ within: 'button', equals: 'A' }], pages: ['nowhere'] }).success).toBe(false);
  });
});

describe('shipped guides', () => {
  it.each(GUIDE_IDS)('%s resolves and names only registry entries that exist on its pages', (id) => {
    for (const items of [null, khaiSinhItems()]) {
      const guide = guideFor(id, items);
      expect(guide.steps.length).toBeGreaterThan(0);
      expect(guideProblems(guide, SELECTORS)).toEqual([]);
    }
  });

  it('the submission guide walks sign-in, agency, hand-off, both filing systems and the dossier code', () => {
    const ids = guideFor('online-submission').steps.map((s) => s.id);
    expect(ids.slice(0, 3)).toEqual(['vneid-sign-in.open', 'vneid-sign-in.id-number', 'vneid-sign-in.password']);
    for (const id of ['province', 'ward', 'agency-submit', 'submit-online', 'pf-submit', 'lt-requester', 'lt-submit', 'moj-general', 'moj-submit']) {
      expect(ids).toContain(id);
    }
    // The filing ends on the dossier code; after it, only the step reached by coming back from another portal.
    expect(ids.slice(-2)).toEqual(['note-code', 'back-from-other-portal']);
    expect(guideFor('online-submission').steps.filter((s) => s.afterHandOff).map((s) => s.id)).toEqual(['back-from-other-portal']);
    expect(GUIDES['vneid-sign-in'].notices.map((n) => n.when)).toEqual(['sso.notLevel2', 'portal.consentModal', 'portal.passcodeModal']);
  });

  it('reports a step naming an unknown entry or an entry that is not on its page', () => {
    const bad: GuideDefInput = {
      id: 'bad',
      title: { vi: 'x', en: 'x' },
      items: [
        { id: 'a', page: { kinds: ['home'] }, target: { entry: 'header.signOut' }, title: { vi: 'a', en: 'a' }, body: { vi: 'a', en: 'a' }, completion: { type: 'click' } },
        { id: 'b', page: { kinds: ['home'] }, target: { entry: 'moj.next' }, title: { vi: 'b', en: 'b' }, body: { vi: 'b', en: 'b' }, completion: { type: 'click' } },
        { id: 'c', page: { kinds: ['home'] }, target: null, title: { vi: 'c', en: 'c' }, body: { vi: 'c', en: 'c' }, completion: { type: 'value' } },
      ],
    };
    const guide = resolveGuide(GuideDef.parse(bad), () => undefined);
    expect(guideProblems(guide, SELECTORS)).toEqual([
      'bad/a: unknown selector "header.signOut"',
      'bad/b: "moj.next" is not on pages home',
      'bad/c: a "value" completion needs a target',
    ]);
  });

  it('rejects malformed steps: missing English, unknown completion, bad path pattern, over-long waits', () => {
    const step = { id: 'a', page: { kinds: ['home'] }, target: null, title: { vi: 'a', en: 'a' }, body: { vi: 'a', en: 'a' }, completion: { type: 'manual' } };
    const guide = (s: object) => GuideDef.safeParse({ id: 'g', title: { vi: 'g', en: 'g' }, items: [s] }).success;
    expect(guide(step)).toBe(true);
    expect(guide({ ...step, body: { vi: 'a' } })).toBe(false);
    expect(guide({ ...step, completion: { type: 'hover' } })).toBe(false);
    expect(guide({ ...step, page: { kinds: ['home'], path: '(' } })).toBe(false);
    expect(guide({ ...step, missing: { waitMs: 600_000, fallback: 'skip' } })).toBe(false);
    expect(guide({ ...step, id: 'Has Space' })).toBe(false);
  });

  it('refuses include cycles and duplicate step ids', () => {
    const def = (id: string, items: GuideDefInput['items']) => GuideDef.parse({ id, title: { vi: id, en: id }, items });
    const a = def('a', [{ include: 'b' }]);
    const b = def('b', [{ include: 'a' }]);
    const lookup = (id: string) => ({ a, b })[id];
    expect(() => resolveGuide(a, lookup)).toThrow(/cycle/);
    const step = { id: 's', page: { kinds: ['home' as const] }, target: null, title: { vi: 's', en: 's' }, body: { vi: 's', en: 's' }, completion: { type: 'manual' as const } };
    expect(() => resolveGuide(def('d', [step, step]), () => undefined)).toThrow(/duplicate/);
  });
});

describe('the upload guide follows the checklist row by row', () => {
  const checklist = [
    item('Tờ khai đăng ký khai sinh', 'fill'),
    { ...item('Lưu ý: bản chụp phải rõ nét', 'upload'), kind: 'note' as const },
    item('Giấy chứng sinh', 'upload', { original: 1 }),
    item('Căn cước công dân', 'skip', { heldBy: 'VNeID' }),
    item('Giấy tờ chứng minh nơi cư trú', 'skip', { heldBy: 'CSDLQG về dân cư' }),
    item('Hộ chiếu', 'present'),
  ];

  it('on the one-page filing: one step per paper, none for notes and online declarations', () => {
    const steps = guideFor('upload-checklist', checklist).steps.filter((s) => s.branch === 'portal-form');
    expect(steps.map((s) => [s.target?.row, s.completion.type])).toEqual([
      ['Giấy chứng sinh', 'file'],
      ['Căn cước công dân', 'manual'],
      ['Giấy tờ chứng minh nơi cư trú', 'manual'],
      ['Hộ chiếu', 'manual'],
    ]);
    expect(steps[0]?.body.vi).toContain('1 bản chính');
    expect(steps[1]?.title.vi).toBe('Không tải lên: Căn cước công dân');
    expect(steps[1]?.body.vi).toContain('VNeID');
    expect(steps[2]?.body.en).toContain('CSDLQG về dân cư');
    // A paper the portal no longer lists needs no warning: the step skips itself.
    expect(steps[1]?.missing).toEqual({ waitMs: 1500, fallback: 'skip' });
  });

  it('in the ministry wizard: the row’s button, “Tải lên từ thiết bị”, the file, then “Thêm vào ví & Chọn”', () => {
    const steps = guideFor('upload-checklist', checklist).steps.filter((s) => s.branch === 'moj');
    expect(steps.slice(0, 4).map((s) => [s.target?.entry, s.page.kinds[0], s.completion.type])).toEqual([
      ['moj.attachButton', 'wizard-step-3', 'page'],
      ['moj.uploadFromDevice', 'document-dialog', 'appears'],
      ['moj.uploadContainer', 'document-dialog', 'file'],
      ['moj.addToWallet', 'document-dialog', 'page'],
    ]);
    expect(steps[3]?.body.vi).toContain('dấu chấm');
  });

  it('without a checklist, one step points at the upload table, and the dialog’s steps come back for every paper', () => {
    const steps = guideFor('upload-checklist', null).steps;
    expect(steps.map((s) => [s.target?.entry, s.repeatable])).toEqual([
      ['filing.uploadButton', false],
      ['moj.attachButton', false],
      ['moj.uploadFromDevice', true],
      ['moj.uploadContainer', true],
      ['moj.addToWallet', true],
    ]);
    expect(steps[2]?.title.vi).toBe('Tải lên từ thiết bị: giấy tờ này');
  });
});
