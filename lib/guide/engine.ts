import { z } from 'zod/mini';
import { ChecklistItem, ProcedureRef } from '../checklist/schema';
import type { Localized } from '../i18n/localized';
import { otherPortalOrigin, patternHost } from '../portal/other-portals';
import { PAGE_KINDS } from '../portal/page-kind';
import { GUIDE_IDS } from './guides/ids';
import { ACTION_KINDS, type Notice, type PageRule, type ResolvedGuide, SITES, type Step } from './schema';

/** Where the user is: the page kind (URL refined by the DOM), the site and the URL. */
export const PageInfo = z.object({ kind: z.enum(PAGE_KINDS), site: z.enum(SITES), url: z.string().check(z.maxLength(4096)) });
export type PageInfo = z.infer<typeof PageInfo>;
/** Step ids are short data keys (`vneid-sign-in.open`, upload steps per row). */
const StepId = z.string().check(z.maxLength(200));
const StepIds = z.array(StepId).check(z.maxLength(500));
/** The tab a page is in, as the background saw the message's sender (never what the page says). */
const TabId = z.nullable(z.int());

/** Filing went on to another portal (a province's, a ministry's) from the tab `tabId`. */
export const HandOff = z.object({ host: z.string().check(z.maxLength(253)), tabId: TabId });
export type HandOff = z.infer<typeof HandOff>;

/**
 * A guide in progress: what the background keeps in session storage. The
 * steps themselves are not stored; they are rebuilt from the guide id and the
 * checklist rows, so a guide edit never leaves stale steps behind.
 */
export const GuideProgress = z.object({
  guideId: z.enum(GUIDE_IDS),
  procedure: z.nullable(ProcedureRef),
  items: z.nullable(z.array(ChecklistItem).check(z.maxLength(200))),
  stepId: StepId,
  /** The filing system the user is actually on, once a page has shown it. */
  branch: z.nullable(z.string().check(z.maxLength(100))),
  /** Steps reached by moving forward, for "Quay lại" (skipped steps are not in it). */
  history: StepIds,
  /**
   * Steps passed over unseen because they are not part of this filing (sign-in
   * when already signed in, a paper the form has no row for): "Bước N/M" does
   * not count them. Progress saved before this field existed has none.
   */
  skipped: z._default(StepIds, []),
  /** The current step's target was not found within its budget: the card floats. */
  missing: z.boolean(),
  /** The user left for another portal; coming back to the national portal in that tab resumes the guide. */
  handOff: z._default(z.nullable(HandOff), null),
  /** Bumped on every change, so a page can tell a stale answer from a fresh one. */
  revision: z.int().check(z.nonnegative()),
});
export type GuideProgress = z.infer<typeof GuideProgress>;

export const GuideEvent = z.discriminatedUnion('type', [
  /**
   * `stepId`: the step whose card the user clicked. A click that arrives after
   * the guide moved on by itself (a file picked, a page changed) is not a
   * second move: it would skip a step the user never saw.
   */
  z.object({ type: z.literal('next'), stepId: StepId, page: z.optional(PageInfo) }),
  z.object({ type: z.literal('back'), stepId: StepId }),
  z.object({ type: z.literal('restart'), page: z.optional(PageInfo) }),
  z.object({ type: z.literal('page-changed'), page: PageInfo, tabId: z.optional(TabId) }),
  /** The page is navigating away to `url` (the portal's "Nộp trực tuyến" leading to another site). */
  z.object({ type: z.literal('handed-off'), url: z.string().check(z.maxLength(4096)), tabId: z.optional(TabId) }),
  z.object({ type: z.literal('target-found'), stepId: StepId }),
  /** `rowAbsent`: the table is there but has no row for the step's paper — not a paper of this filing. */
  z.object({ type: z.literal('target-missing'), stepId: StepId, page: PageInfo, rowAbsent: z.optional(z.boolean()) }),
  /** The current step's target is gone, and a later step's target is on the page: the user is already there. */
  z.object({ type: z.literal('target-ahead'), stepId: StepId, aheadId: StepId, page: PageInfo }),
  z.object({ type: z.literal('action-observed'), stepId: StepId, action: z.enum(ACTION_KINDS) }),
  z.object({ type: z.literal('stop') }),
]);
export type GuideEvent = z.infer<typeof GuideEvent>;

export function pageMatches(rule: PageRule, page: PageInfo): boolean {
  if (!rule.kinds.includes(page.kind)) return false;
  if (rule.site && rule.site !== page.site) return false;
  if (!rule.path) return true;
  try {
    const url = new URL(page.url);
    return new RegExp(rule.path).test(url.pathname + url.search);
  } catch {
    return false;
  }
}

/** Whether a step is done on this page (its card points at something here). */
export const appliesTo = (step: Step, page: PageInfo): boolean => pageMatches(step.page, page);

const firstBranch = (guide: ResolvedGuide) => guide.steps.find((s) => s.branch)?.branch ?? null;

/** The steps the user walks: shared steps plus those of the chosen branch (or the first branch, before one is known). */
export function pathOf(guide: ResolvedGuide, branch: string | null): Step[] {
  const chosen = branch ?? firstBranch(guide);
  return guide.steps.filter((s) => !s.branch || s.branch === chosen);
}

interface StartOptions {
  procedure?: ProcedureRef | null;
  items?: ChecklistItem[] | null;
  page?: PageInfo;
}

export function startGuide(guide: ResolvedGuide, guideId: GuideProgress['guideId'], options: StartOptions = {}): GuideProgress {
  const first = guide.steps[0];
  if (!first) throw new Error(`guide "${guide.id}" has no steps`);
  const progress: GuideProgress = {
    guideId,
    procedure: options.procedure ?? null,
    items: options.items ?? null,
    stepId: first.id,
    branch: first.branch ?? null,
    history: [],
    skipped: [],
    missing: false,
    handOff: null,
    revision: 0,
  };
  return options.page ? syncToPage(guide, progress, options.page, false) : progress;
}

/** The progress pointing at a step that exists on its path (a changed guide or checklist restarts it). */
function current(guide: ResolvedGuide, progress: GuideProgress): { step: Step; path: Step[]; index: number } {
  const path = pathOf(guide, progress.branch);
  const index = path.findIndex((s) => s.id === progress.stepId);
  const safeIndex = index < 0 ? 0 : index;
  return { step: path[safeIndex] as Step, path, index: safeIndex };
}

/** The ids from the step `fromId` (included) up to `toId` (excluded), when `toId` is later in the guide. */
function idsBetween(guide: ResolvedGuide, fromId: string, toId: string): string[] {
  const from = guide.steps.findIndex((s) => s.id === fromId);
  const to = guide.steps.findIndex((s) => s.id === toId);
  return from >= 0 && to > from ? guide.steps.slice(from, to).map((s) => s.id) : [];
}

/**
 * Moves to `step`. `how`: 'done' — the user finished the current step (it is
 * remembered for "Quay lại"); 'skip' — the current step and those up to
 * `step` were passed over unseen; 'return' — back to an earlier step.
 */
function moveTo(guide: ResolvedGuide, progress: GuideProgress, step: Step, how: 'done' | 'skip' | 'return'): GuideProgress {
  const passed = how === 'skip' ? idsBetween(guide, progress.stepId, step.id) : [];
  return {
    ...progress,
    stepId: step.id,
    branch: step.branch ?? progress.branch,
    history: how === 'done' ? [...progress.history, progress.stepId] : progress.history,
    skipped: [...progress.skipped.filter((id) => id !== step.id && !passed.includes(id)), ...passed].slice(-500),
    missing: false,
  };
}

/** One step forward on the path; null when the guide is finished. */
function advance(guide: ResolvedGuide, progress: GuideProgress, how: 'done' | 'skip'): GuideProgress | null {
  const { path, index } = current(guide, progress);
  const next = path[index + 1];
  return next ? moveTo(guide, progress, next, how) : null;
}

/**
 * Follows the user when the page no longer matches the current step: the
 * first later step that applies here (the user went ahead, or the portal
 * moved them on). Later steps of the committed branch are preferred; another
 * branch is taken only when the page proves the user is on it. Backwards only
 * to a repeatable step (a dialog done once per paper): a user who wanders
 * back keeps their place, and the card says the step is elsewhere. `seen`
 * says whether the user saw the current step (it was not just reached by a
 * skip or "Tiếp theo"), so "Quay lại" returns to it.
 */
export function syncToPage(guide: ResolvedGuide, progress: GuideProgress, page: PageInfo, seen = true): GuideProgress {
  const { step } = current(guide, progress);
  if (appliesTo(step, page)) return progress.stepId === step.id ? progress : moveTo(guide, progress, step, 'return');
  const at = guide.steps.findIndex((s) => s.id === step.id);
  const after = guide.steps.slice(at + 1);
  const onPath = (s: Step) => !s.branch || progress.branch === null || s.branch === progress.branch;
  const follows = (s: Step) => !s.afterHandOff && appliesTo(s, page);
  const forward = after.find((s) => onPath(s) && follows(s)) ?? after.find(follows);
  const target = forward ?? repeatFrom(guide.steps.slice(0, at), (s) => s.repeatable && onPath(s) && appliesTo(s, page));
  return target ? moveTo(guide, progress, target, seen ? 'done' : 'skip') : progress;
}

/** The start of the nearest earlier run of repeatable steps that fit: the dialog is done again from its first step. */
function repeatFrom(before: Step[], fits: (s: Step) => boolean): Step | undefined {
  let i = before.findLastIndex(fits);
  if (i < 0) return undefined;
  while (i > 0 && fits(before[i - 1] as Step)) i--;
  return before[i];
}

const bump = (progress: GuideProgress | null, before: GuideProgress): GuideProgress | null =>
  progress && progress !== before ? { ...progress, revision: before.revision + 1 } : progress;

/** The state machine: the same progress and event always give the same result; null means the guide has ended. */
export function reduce(guide: ResolvedGuide, progress: GuideProgress, event: GuideEvent): GuideProgress | null {
  return bump(transition(guide, progress, event), progress);
}

function transition(guide: ResolvedGuide, progress: GuideProgress, event: GuideEvent): GuideProgress | null {
  const { step, path } = current(guide, progress);
  switch (event.type) {
    case 'stop':
      return null;
    case 'next': {
      if (event.stepId !== step.id) return progress;
      const moved = advance(guide, progress, 'done');
      return moved && event.page ? syncToPage(guide, moved, event.page, false) : moved;
    }
    case 'back': {
      if (event.stepId !== step.id) return progress;
      const history = [...progress.history];
      while (history.length > 0) {
        const id = history.pop() as string;
        const previous = path.find((s) => s.id === id);
        if (previous) return { ...moveTo(guide, progress, previous, 'return'), history };
      }
      return progress;
    }
    case 'restart': {
      const restarted = startGuide(guide, progress.guideId, { procedure: progress.procedure, items: progress.items, page: event.page });
      return { ...restarted, revision: progress.revision };
    }
    case 'handed-off':
      return handOffTo(progress, event.url, event.tabId);
    case 'page-changed': {
      if (event.page.site === 'other-portal') return progress.handOff ? progress : handOffTo(progress, event.page.url, event.tabId);
      if (progress.handOff && event.page.site === 'portal' && sameTab(progress.handOff, event.tabId)) return resume(guide, progress, event.page);
      if (step.completion.type === 'page' && step.completion.kinds.includes(event.page.kind)) {
        const moved = advance(guide, progress, 'done');
        return moved ? syncToPage(guide, moved, event.page, false) : null;
      }
      const synced = syncToPage(guide, progress, event.page);
      return synced === progress && progress.missing ? { ...progress, missing: false } : synced;
    }
    case 'target-found':
      return event.stepId === step.id && progress.missing ? { ...progress, missing: false } : progress;
    case 'target-missing': {
      if (event.stepId !== step.id || !appliesTo(step, event.page)) return progress;
      const notHere = event.rowAbsent === true && step.target?.row !== undefined;
      if (step.missing.fallback === 'float' && !notHere) return progress.missing ? progress : { ...progress, missing: true };
      const skipped = advance(guide, progress, 'skip');
      return skipped ? syncToPage(guide, skipped, event.page, false) : null;
    }
    case 'target-ahead': {
      if (event.stepId !== step.id) return progress;
      const ahead = path.slice(path.indexOf(step) + 1, path.indexOf(step) + 1 + LOOKAHEAD).find((s) => s.id === event.aheadId);
      return ahead && appliesTo(ahead, event.page) ? moveTo(guide, progress, ahead, 'done') : progress;
    }
    case 'action-observed':
      if (event.stepId !== step.id || step.completion.type !== event.action) return progress;
      return advance(guide, progress, 'done');
  }
}

/** Records that the user left for the other portal at `url`; any other address is no hand-off. */
function handOffTo(progress: GuideProgress, url: string, tabId: number | null | undefined): GuideProgress {
  const origin = otherPortalOrigin(url);
  return origin ? { ...progress, handOff: { host: patternHost(origin), tabId: tabId ?? null }, missing: false } : progress;
}

/** A page without a known tab (an old message) is taken for the hand-off's tab. */
const sameTab = (handOff: HandOff, tabId: number | null | undefined) => handOff.tabId === null || tabId == null || handOff.tabId === tabId;

/** Back on the national portal after a hand-off: the step that follows it, or where the page says when the guide has none. */
function resume(guide: ResolvedGuide, progress: GuideProgress, page: PageInfo): GuideProgress {
  const back = { ...progress, handOff: null };
  const next = guide.steps.find((s) => s.afterHandOff);
  // Not 'done': the step left from (a hand-off dialog that never showed) is no place for "Quay lại" to go.
  return next ? moveTo(guide, back, next, 'return') : syncToPage(guide, back, page);
}

/** How many later steps a page may look for when the current target is gone. */
export const LOOKAHEAD = 6;

/** What a page needs to show the card: the step, "Bước N/M", and the guide's notices. */
export interface GuideView {
  guideId: GuideProgress['guideId'];
  title: Localized;
  step: Step;
  /** 1-based position on the path. */
  index: number;
  total: number;
  canBack: boolean;
  missing: boolean;
  /** The next steps on the path, so a page can tell the user is already further on. */
  ahead: Step[];
  notices: Notice[];
  /** The other portal filing went on to, while the user is away from the national portal. */
  handOff: { host: string } | null;
  revision: number;
}

/** Whether a view (or the end of the guide) may replace the one shown: a slow, older answer never undoes a newer one. */
export function supersedes(next: GuideView | null, shown: GuideView | null): boolean {
  return !(next && shown && next.guideId === shown.guideId && next.revision < shown.revision);
}

export function viewOf(guide: ResolvedGuide, progress: GuideProgress): GuideView {
  const { step, path, index } = current(guide, progress);
  // "Bước N/M" over the steps of this filing: those skipped as not part of it are not counted.
  const skipped = new Set(progress.skipped);
  const counted = path.filter((s) => s === step || !skipped.has(s.id));
  return {
    guideId: progress.guideId,
    title: guide.title,
    step,
    index: counted.indexOf(step) + 1,
    total: counted.length,
    canBack: progress.history.some((id) => path.some((s) => s.id === id)),
    missing: progress.missing,
    ahead: path.slice(index + 1, index + 1 + LOOKAHEAD),
    notices: guide.notices,
    handOff: progress.handOff && { host: progress.handOff.host },
    revision: progress.revision,
  };
}
