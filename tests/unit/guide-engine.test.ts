import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from '@/lib/checklist/schema';
import { type GuideEvent, GuideProgress, type PageInfo, reduce, startGuide, viewOf } from '@/lib/guide/engine';
import { guideFor } from '@/lib/guide/guides';

const UUID = '019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7';
const PAGES = {
  home: { kind: 'home', site: 'portal', url: 'https://dichvucong.gov.vn/' },
  detail: { kind: 'procedure-detail', site: 'portal', url: `https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${UUID}` },
  sso: { kind: 'sign-in', site: 'vneid', url: 'https://sso.dancuquocgia.gov.vn/auth?client_id=sso-c12-dvc-web' },
  callback: { kind: 'sign-in', site: 'portal', url: 'https://dichvucong.gov.vn/sso?code=x' },
  filing: { kind: 'filing-form', site: 'portal', url: `https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=${UUID}` },
  lienthong: { kind: 'filing-form', site: 'lienthong', url: 'https://lienthong.dichvucong.gov.vn/#/ke-khai/2.000986' },
  general: { kind: 'wizard-general', site: 'justice', url: 'https://dichvucongnganhtuphap.moj.gov.vn/' },
  step1: { kind: 'wizard-step-1', site: 'justice', url: 'https://dichvucongnganhtuphap.moj.gov.vn/' },
  step3: { kind: 'wizard-step-3', site: 'justice', url: 'https://dichvucongnganhtuphap.moj.gov.vn/' },
  dialog: { kind: 'document-dialog', site: 'justice', url: 'https://dichvucongnganhtuphap.moj.gov.vn/' },
  success: { kind: 'success', site: 'justice', url: 'https://dichvucongnganhtuphap.moj.gov.vn/' },
  quangNinh: { kind: 'unknown', site: 'other-portal', url: 'https://dichvucong.quangninh.gov.vn/dvc/chi-tiet-thu-tuc.jsp?ma=1.004194' },
} satisfies Record<string, PageInfo>;

const items: ChecklistItem[] = [
  { name: 'Giấy chứng sinh', kind: 'paper', group: null, original: 1, copies: null, form: null, action: 'upload', heldBy: null, reason: '', legalBasis: null },
];
const guide = guideFor('online-submission', items);

/** Runs events in order, like the background does, and returns every intermediate progress. */
/** An event, or one made from the state it meets (a click on the card names the step it showed). */
type Step = GuideEvent | ((state: GuideProgress) => GuideEvent);
function run(progress: GuideProgress, ...events: Step[]): GuideProgress | null {
  let state: GuideProgress | null = progress;
  for (const event of events) {
    if (!state) return null;
    state = reduce(guide, state, typeof event === 'function' ? event(state) : event);
  }
  return state;
}
/** “Tiếp theo” / “Quay lại” on the card showing the current step. */
const next = (page?: PageInfo) => (s: GuideProgress): GuideEvent => ({ type: 'next', stepId: s.stepId, page });
const back = (s: GuideProgress): GuideEvent => ({ type: 'back', stepId: s.stepId });
const at = (stepId: string, extra: Partial<GuideProgress> = {}): GuideProgress => ({
  ...startGuide(guide, 'online-submission'),
  stepId,
  ...extra,
});

describe('the guide engine', () => {
  it('starts on the first step, or skips sign-in when the user is already signed in', () => {
    const fresh = startGuide(guide, 'online-submission', { page: PAGES.detail, procedure: { code: '1.001193', name: 'Khai sinh' } });
    expect(fresh.stepId).toBe('vneid-sign-in.open');
    // "Đăng nhập" never appeared: the step skips itself and the guide follows the page to the agency choice.
    const signedIn = run(fresh, { type: 'target-missing', stepId: 'vneid-sign-in.open', page: PAGES.detail });
    expect(signedIn?.stepId).toBe('province');
    expect(signedIn?.history).toEqual([]);
  });

  it('counts “Bước N/M” over the steps of this filing, not the sign-in of a user already signed in', () => {
    const fresh = startGuide(guide, 'online-submission', { page: PAGES.detail });
    const full = viewOf(guide, fresh);
    expect(full).toMatchObject({ index: 1, step: { id: 'vneid-sign-in.open' } });
    const signInSteps = guide.steps.filter((x) => x.id.startsWith('vneid-sign-in.')).length;
    expect(signInSteps).toBeGreaterThan(3);

    const signedIn = run(fresh, { type: 'target-missing', stepId: 'vneid-sign-in.open', page: PAGES.detail }) as GuideProgress;
    const view = viewOf(guide, signedIn);
    expect(view).toMatchObject({ index: 1, total: full.total - signInSteps, step: { id: 'province' } });
    // Steps done afterwards count on from there; the last one is N/N.
    const ward = run(signedIn, { type: 'action-observed', stepId: 'province', action: 'value' }) as GuideProgress;
    expect(viewOf(guide, ward)).toMatchObject({ index: 2, total: view.total });

    // Walking sign-in keeps every step counted.
    const walked = run(fresh, { type: 'action-observed', stepId: 'vneid-sign-in.open', action: 'click' }) as GuideProgress;
    expect(viewOf(guide, walked)).toMatchObject({ index: 2, total: full.total });
  });

  it('does not count a paper the form has no row for, and reads progress saved before skips were counted', () => {
    const onStep3 = run(at('moj-declare-next', { branch: 'moj' }), { type: 'page-changed', page: PAGES.step3 }) as GuideProgress;
    const before = viewOf(guide, onStep3);
    expect(before.step.id).toBe('moj.paper-1');
    const noRow = run(onStep3, { type: 'target-missing', stepId: 'moj.paper-1', page: PAGES.step3, rowAbsent: true }) as GuideProgress;
    expect(noRow.stepId).toBe('moj-papers-next');
    // The paper's row step and its dialog steps are skipped: the total drops by as many, the position stays.
    const paperSteps = guide.steps.filter((x) => x.id.startsWith('moj.paper-1')).length;
    expect(viewOf(guide, noRow)).toMatchObject({ index: before.index, total: before.total - paperSteps });

    const { skipped: _skipped, ...saved } = noRow;
    expect(GuideProgress.parse(saved).skipped).toEqual([]);
  });

  it('walks sign-in on the VNeID site on the user’s own actions and comes back to the portal', () => {
    let s = run(
      startGuide(guide, 'online-submission', { page: PAGES.detail }),
      { type: 'action-observed', stepId: 'vneid-sign-in.open', action: 'click' },
      { type: 'page-changed', page: PAGES.sso },
    );
    expect(s?.stepId).toBe('vneid-sign-in.id-number');
    s = run(
      s as GuideProgress,
      { type: 'action-observed', stepId: 'vneid-sign-in.id-number', action: 'value' },
      { type: 'action-observed', stepId: 'vneid-sign-in.password', action: 'value' },
      // "Đăng nhập" is done when the OTP field shows, not on the click (a typo keeps the user here).
      { type: 'action-observed', stepId: 'vneid-sign-in.submit', action: 'click' },
    );
    expect(s?.stepId).toBe('vneid-sign-in.submit');
    s = run(s as GuideProgress, { type: 'action-observed', stepId: 'vneid-sign-in.submit', action: 'appears' });
    expect(s?.stepId).toBe('vneid-sign-in.otp');
    // The portal's /sso callback is on no step's page: the user keeps their place.
    s = run(s as GuideProgress, { type: 'page-changed', page: PAGES.callback });
    expect(s?.stepId).toBe('vneid-sign-in.otp');
    // Back on the detail page: the rest of sign-in is evidently done.
    s = run(s as GuideProgress, { type: 'page-changed', page: PAGES.detail });
    expect(s?.stepId).toBe('province');
  });

  it('ignores actions that do not complete the current step, and stale events from another step', () => {
    const s = at('province');
    expect(run(s, { type: 'action-observed', stepId: 'province', action: 'click' })).toBe(s);
    expect(run(s, { type: 'action-observed', stepId: 'ward', action: 'value' })).toBe(s);
    expect(run(s, { type: 'target-missing', stepId: 'ward', page: PAGES.detail })).toBe(s);
    expect(run(s, { type: 'action-observed', stepId: 'province', action: 'value' })?.stepId).toBe('ward');
  });

  it('follows the branch the page shows after “Nộp trực tuyến”', () => {
    // Civil status: the hand-off dialog, VNeID again for the ministry's system, then its wizard.
    let s = run(at('submit-online'), { type: 'action-observed', stepId: 'submit-online', action: 'click' });
    expect(s?.stepId).toBe('hand-off');
    const before = viewOf(guide, s as GuideProgress);
    s = run(s as GuideProgress, { type: 'action-observed', stepId: 'hand-off', action: 'click' }, { type: 'page-changed', page: PAGES.sso });
    expect(s).toMatchObject({ stepId: 'moj-sign-in.id-number', branch: 'moj' });
    const view = viewOf(guide, s as GuideProgress);
    expect(view.index).toBe(before.index + 1);
    // The ministry branch has its own length: sign-in, the wizard and four steps per paper to upload.
    expect(view.total).toBe(guide.steps.filter((x) => x.branch === undefined || x.branch === 'moj').length);
    s = run(s as GuideProgress, { type: 'page-changed', page: PAGES.general });
    expect(s?.stepId).toBe('moj-open');
    // Other procedures: no hand-off dialog appears, the step skips itself, and the portal's own filing page follows.
    const skipped = run(at('hand-off'), { type: 'target-missing', stepId: 'hand-off', page: PAGES.detail });
    expect(skipped?.stepId).toBe('pf-applicant');
    const onPortal = run(at('hand-off'), { type: 'page-changed', page: PAGES.filing });
    expect(onPortal).toMatchObject({ stepId: 'pf-applicant', branch: 'portal-form' });
    // Liên thông procedures land on their own portal: its branch, with its own upload rows.
    const onLienThong = run(at('hand-off'), { type: 'page-changed', page: PAGES.lienthong });
    expect(onLienThong).toMatchObject({ stepId: 'lt-requester', branch: 'lienthong' });
    const second = run(onLienThong as GuideProgress, { type: 'action-observed', stepId: 'lt-requester', action: 'click' }, next(PAGES.lienthong));
    expect(guide.steps.find((x) => x.id === second?.stepId)?.target).toEqual({ entry: 'lienthong.uploadButton', row: 'Giấy chứng sinh' });
    // The portal's own filing page never runs the liên thông steps (same page kind, another site).
    expect(run(at('pf-applicant', { branch: 'portal-form' }), next(PAGES.filing))?.stepId).toBe('portal-form.paper-1');
  });

  it('walks the upload rows through the document dialog and back to the table', () => {
    let s = run(at('moj-declare-next', { branch: 'moj' }), { type: 'page-changed', page: PAGES.step3 });
    expect(s?.stepId).toBe('moj.paper-1');
    expect(guide.steps.find((x) => x.id === s?.stepId)?.target).toEqual({ entry: 'moj.attachButton', row: 'Giấy chứng sinh' });
    s = run(s as GuideProgress, { type: 'page-changed', page: PAGES.dialog });
    expect(s?.stepId).toBe('moj.paper-1.device');
    s = run(
      s as GuideProgress,
      { type: 'action-observed', stepId: 'moj.paper-1.device', action: 'appears' },
      { type: 'action-observed', stepId: 'moj.paper-1.file', action: 'file' },
    );
    expect(s?.stepId).toBe('moj.paper-1.wallet');
    // A refused name keeps the dialog open: clicking is not enough, the dialog has to close.
    expect(run(s as GuideProgress, { type: 'action-observed', stepId: 'moj.paper-1.wallet', action: 'click' })?.stepId).toBe('moj.paper-1.wallet');
    s = run(s as GuideProgress, { type: 'page-changed', page: PAGES.step3 });
    expect(s?.stepId).toBe('moj-papers-next');
  });

  it('moves on to a later step whose target is already on the page, never backwards or beyond its reach', () => {
    const s = at('vneid-sign-in.password');
    const ahead = (aheadId: string, page: PageInfo = PAGES.sso) => run(s, { type: 'target-ahead', stepId: 'vneid-sign-in.password', aheadId, page });
    expect(ahead('vneid-sign-in.otp')?.stepId).toBe('vneid-sign-in.otp');
    expect(ahead('vneid-sign-in.otp')?.history).toEqual(['vneid-sign-in.password']);
    expect(ahead('vneid-sign-in.id-number')).toBe(s);
    expect(ahead('note-code')).toBe(s);
    expect(ahead('vneid-sign-in.otp', PAGES.detail)).toBe(s);
    expect(viewOf(guide, s).ahead.map((x) => x.id).slice(0, 2)).toEqual(['vneid-sign-in.submit', 'vneid-sign-in.otp']);
  });

  it('returns to a repeatable step when its dialog opens again, but never to an ordinary earlier step', () => {
    const generic = guideFor('online-submission', null);
    const afterFirstPaper = { ...startGuide(generic, 'online-submission'), stepId: 'moj-papers-next', branch: 'moj' };
    expect(reduce(generic, afterFirstPaper, { type: 'page-changed', page: PAGES.dialog })?.stepId).toBe('moj.papers.device');
    expect(reduce(generic, afterFirstPaper, { type: 'page-changed', page: PAGES.step1 })).toBe(afterFirstPaper);
  });

  it('keeps the step on a reload and after the user wanders back to an earlier page', () => {
    const s = at('ward');
    expect(run(s, { type: 'page-changed', page: PAGES.detail })).toBe(s);
    expect(run(s, { type: 'page-changed', page: PAGES.home })).toBe(s);
  });

  it('floats the card when a target is missing, and looks again on the next page or when it appears', () => {
    const missing = run(at('submit-online'), { type: 'target-missing', stepId: 'submit-online', page: PAGES.detail });
    expect(missing).toMatchObject({ stepId: 'submit-online', missing: true });
    expect(viewOf(guide, missing as GuideProgress).missing).toBe(true);
    expect(run(missing as GuideProgress, { type: 'target-found', stepId: 'submit-online' })?.missing).toBe(false);
    expect(run(missing as GuideProgress, { type: 'page-changed', page: PAGES.detail })?.missing).toBe(false);
    // A province-level procedure has no ward list: that step is passed, not floated.
    expect(run(at('ward'), { type: 'target-missing', stepId: 'ward', page: PAGES.detail })?.stepId).toBe('agency-submit');
    // A paper whose row is not in this filing's table (another case) is passed, not floated.
    const row = guide.steps.find((x) => x.branch === 'moj' && x.target?.row && x.missing.fallback === 'float') as { id: string };
    const onRow = at(row.id, { branch: 'moj' });
    expect(run(onRow, { type: 'target-missing', stepId: row.id, page: PAGES.step3, rowAbsent: true })?.stepId).not.toBe(row.id);
    expect(run(onRow, { type: 'target-missing', stepId: row.id, page: PAGES.step3 })).toMatchObject({ stepId: row.id, missing: true });
    // A report from a page where the step does not apply is not evidence of anything.
    expect(run(at('submit-online'), { type: 'target-missing', stepId: 'submit-online', page: PAGES.home })?.missing).toBe(false);
  });

  it('goes back over the steps the user saw, not the ones skipped', () => {
    const s = run(
      startGuide(guide, 'online-submission', { page: PAGES.detail }),
      { type: 'target-missing', stepId: 'vneid-sign-in.open', page: PAGES.detail },
      next(PAGES.detail),
      next(PAGES.detail),
    );
    expect(s?.stepId).toBe('agency-submit');
    const back1 = run(s as GuideProgress, back);
    expect(back1?.stepId).toBe('ward');
    const back2 = run(back1 as GuideProgress, back);
    expect(back2?.stepId).toBe('province');
    expect(viewOf(guide, back2 as GuideProgress).canBack).toBe(false);
    expect(run(back2 as GuideProgress, back)).toBe(back2);
  });

  it('“Tiếp theo” goes to the next step that can be done on this page', () => {
    // Skipping sign-in by hand on the detail page lands on the agency choice, not on a VNeID field.
    expect(run(startGuide(guide, 'online-submission'), next(PAGES.detail))?.stepId).toBe('province');
    // From the side panel (no page), it is simply the next step.
    expect(run(startGuide(guide, 'online-submission'), next())?.stepId).toBe('vneid-sign-in.id-number');
  });

  it('a click on a card the guide has already moved past is not a second move', () => {
    // The user clicks “Tiếp theo” on a paper's step just as the file they picked completes it.
    const row = guide.steps.find((x) => x.branch === 'portal-form' && x.target?.row && x.completion.type === 'file') as { id: string };
    const done = run(at(row.id, { branch: 'portal-form' }), { type: 'action-observed', stepId: row.id, action: 'file' });
    expect(done?.stepId).not.toBe(row.id);
    const late = run(done as GuideProgress, { type: 'next', stepId: row.id, page: PAGES.filing });
    expect(late).toBe(done);
    expect(run(done as GuideProgress, { type: 'back', stepId: row.id })).toBe(done);
    // The same click on the card of the step it shows moves on.
    expect(run(done as GuideProgress, next(PAGES.filing))?.stepId).not.toBe(done?.stepId);
  });

  it('finishes after the last step, stops, restarts, and counts revisions only on change', () => {
    const last = at('note-code', { branch: 'moj', revision: 7 });
    expect(run(last, next())).toBeNull();
    expect(run(at('ward'), { type: 'stop' })).toBeNull();
    const restarted = run(at('ward', { revision: 3, history: ['province'] }), { type: 'restart', page: PAGES.home });
    expect(restarted).toMatchObject({ stepId: 'vneid-sign-in.open', history: [], revision: 4 });
    expect(run(at('ward', { revision: 3 }), { type: 'action-observed', stepId: 'ward', action: 'value' })?.revision).toBe(4);
  });

  it('a hand-off to another portal is remembered, and coming back to the national portal in that tab resumes after it', () => {
    const clicked = run(at('submit-online', { history: ['province', 'ward', 'agency-submit'] }), { type: 'action-observed', stepId: 'submit-online', action: 'click' });
    // The portal's page says where it goes (the overlay hears the navigation), with the sender's tab.
    const away = run(clicked as GuideProgress, { type: 'handed-off', url: 'https://dichvucong.quangninh.gov.vn/dvc/nop-ho-so.jsp?ma=1.004194', tabId: 7 });
    expect(away?.handOff).toEqual({ host: 'dichvucong.quangninh.gov.vn', tabId: 7 });
    expect(viewOf(guide, away as GuideProgress).handOff).toEqual({ host: 'dichvucong.quangninh.gov.vn' });
    // The other portal's own page (a granted site) changes nothing more; another tab on the portal does not resume it.
    expect(run(away as GuideProgress, { type: 'page-changed', page: PAGES.quangNinh, tabId: 7 })?.stepId).toBe(away?.stepId);
    const otherTab = run(away as GuideProgress, { type: 'page-changed', page: PAGES.home, tabId: 8 });
    expect(otherTab?.handOff).not.toBeNull();
    expect(otherTab?.stepId).not.toBe('back-from-other-portal');
    // Back in that tab: the step after the hand-off, counted on its own path; "Quay lại" returns to where the user left.
    const back = run(away as GuideProgress, { type: 'page-changed', page: PAGES.detail, tabId: 7 });
    expect(back).toMatchObject({ stepId: 'back-from-other-portal', branch: 'other-portal', handOff: null });
    const view = viewOf(guide, back as GuideProgress);
    expect(view).toMatchObject({ handOff: null, canBack: true, index: view.total });
    expect(run(back as GuideProgress, (s) => ({ type: 'back', stepId: s.stepId }))?.stepId).toBe('submit-online');
  });

  it('a granted other portal’s page is a hand-off by itself; addresses that are not known portals are not', () => {
    const there = run(at('hand-off'), { type: 'page-changed', page: PAGES.quangNinh, tabId: 3 });
    expect(there?.handOff).toEqual({ host: 'dichvucong.quangninh.gov.vn', tabId: 3 });
    for (const url of ['https://evil.example/', 'http://dichvucong.quangninh.gov.vn/', 'https://dichvucong.quangninh.gov.vn.evil.example/', 'javascript:alert(1)', 'not a url']) {
      const s = at('submit-online');
      expect(run(s, { type: 'handed-off', url, tabId: 1 })).toBe(s);
    }
    // Without a hand-off, the step after it is never reached by following the page.
    expect(run(at('pf-applicant', { branch: 'portal-form' }), { type: 'page-changed', page: PAGES.detail })?.stepId).toBe('pf-applicant');
    // Progress stored before hand-offs existed reads as none.
    const { handOff: _, ...old } = at('ward');
    expect(GuideProgress.parse(old).handOff).toBeNull();
  });

  it('restarts a stored progress whose step no longer exists, and rejects malformed stored progress', () => {
    const stale = at('a-step-removed-in-an-update');
    expect(viewOf(guide, stale).step.id).toBe('vneid-sign-in.open');
    expect(GuideProgress.safeParse({ ...stale, guideId: 'unknown-guide' }).success).toBe(false);
    expect(GuideProgress.safeParse({ ...stale, history: 'x' }).success).toBe(false);
    expect(GuideProgress.safeParse(stale).success).toBe(true);
  });
});
