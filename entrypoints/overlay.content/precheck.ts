import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Checklist } from '@/lib/checklist/schema';
import type { HeldAlertView, PrecheckRowView, PrecheckView } from '@/components/PrecheckDock';
import { errorMessage } from '@/lib/error-message';
import { type Lang, translator } from '@/lib/i18n';
import { ask } from '@/lib/messaging/client';
import { findSubmitButton, readFilingProcedure } from '@/lib/portal/filing-procedure';
import { genericUploadTriggers } from '@/lib/portal/generic-upload';
import { detectPageFromUrl } from '@/lib/portal/page-kind';
import { isShown } from '@/lib/portal/track-target.dom';
import { readUploadRows, type UploadRow, uploadRowOfTrigger, uploadTriggerOf } from '@/lib/portal/upload-rows';
import { FILE_KINDS, type FileKind, kindFromName } from '@/lib/precheck/file-type';
import { rulesForHost } from '@/lib/precheck/limits';
import { missingItemIndices } from '@/lib/precheck/missing';
import { checklistFromUploadRows } from '@/lib/precheck/page-checklist';
import { takeEarlyPicks } from '@/lib/precheck/early-picks.dom';
import { checkedFiles, coveredRowKeys, type PickedFile } from '@/lib/precheck/page-files';
import { buildSlip } from '@/lib/precheck/slip';
import { summaryLines } from '@/lib/precheck/summary';
import { connectPrecheckFrame, type PrecheckClient } from './precheck-frame';

/** Quiet time after the last DOM change before reading the rows again. */
const DOM_SETTLE_MS = 300;
/** Only what a person sees counts: the portal keeps a hidden (mobile) copy of its papers table. */
const SHOWN = { isShown };

export interface PrecheckState {
  view: PrecheckView;
  /** `slipError`: why the last "open the slip" failed (the background could not keep it), in words. */
  summary: { lines: string[]; missing: string[]; anchor: Element | null; slipError: string | null } | null;
}

/** Kinds a file input's `accept` attribute names, or undefined when it names none we know. */
function acceptedKinds(input: HTMLInputElement): FileKind[] | undefined {
  const kinds = input.accept
    .split(',')
    .map((s) => kindFromName(`x${s.trim()}`))
    .filter((k) => k !== 'unknown');
  return kinds.length ? [...new Set(kinds)].filter((k) => FILE_KINDS.includes(k)) : undefined;
}

/**
 * Wires the pre-check into a filing page. Read-only: it listens (capture
 * phase) to clicks on upload buttons, to remember the row, and to `change`
 * on file inputs, reads the picked File objects and hands them to the
 * worker; it never touches the inputs or what the portal submits.
 */
export function startPrecheck(ctx: ContentScriptContext, frameParent: Element, lang: Lang, onChange: (state: PrecheckState) => void) {
  const t = translator(lang);
  const rules = rulesForHost(location.hostname);
  // Other portals: any file input or upload button, row by row; the national portal's rows come from the registry.
  const rowsOn = detectPageFromUrl(location.href).site === 'other-portal' ? { ...SHOWN, findTriggers: genericUploadTriggers } : SHOWN;
  const ctxChecks = { lang, t, rules };
  let client: Promise<PrecheckClient> | null = null;
  const picked: PickedFile[] = [];
  const failed = new Set<number>();
  const acknowledged = new Set<number>();
  const reminded = new Set<number>();
  let pendingRow: UploadRow | null = null;
  let nextId = 1;
  let slipError: string | null = null;

  const pageChecklist = () => checklistFromUploadRows(readFilingProcedure(document), readUploadRows(document, rowsOn));
  const itemOfRow = (checklist: Checklist) => (key: string) => checklist.items[Number(key)] ?? null;

  const state = (): PrecheckState => {
    const checklist = pageChecklist();
    const files = checkedFiles(picked, ctxChecks, itemOfRow(checklist));
    const byId = new Map(files.map((f) => [f.id, f]));
    const rows: PrecheckRowView[] = [];
    for (const p of picked) {
      const key = p.row?.key ?? `file:${p.id}`;
      let row = rows.find((r) => r.key === key);
      if (!row) {
        row = { key, label: p.row?.label ?? t('precheck.row.other'), files: [] };
        rows.push(row);
      }
      const done = byId.get(p.id);
      row.files.push({ id: p.id, name: p.name, verdict: done?.verdict ?? (failed.has(p.id) ? 'failed' : null), checks: done?.checks ?? [] });
    }
    const alerts: HeldAlertView[] = files.flatMap((f) => {
      const held = f.checks.find((c) => c.code === 'held-by-state');
      if (!held || acknowledged.has(f.id)) return [];
      return [{ id: f.id, rowLabel: picked.find((p) => p.id === f.id)?.row?.label ?? '', message: held.message }];
    });
    for (const a of alerts) {
      if (reminded.has(a.id)) continue;
      reminded.add(a.id);
      void ask({ type: 'tally/record', event: { kind: 'vneid-reminder' } }).catch(() => {});
    }
    const covered = new Set([...coveredRowKeys(files)].map(Number));
    const missing = missingItemIndices(checklist, covered);
    const summary = checklist.items.length
      ? {
          lines: summaryLines(missing.length, files, t),
          missing: missing.map((i) => checklist.items[i]?.name ?? ''),
          anchor: findSubmitButton(document, SHOWN),
          slipError,
        }
      : null;
    return { view: { rows, alerts }, summary };
  };
  const render = () => onChange(state());

  const check = async (file: File, row: UploadRow | null, accepts: FileKind[] | undefined) => {
    const id = nextId++;
    picked.push({ id, name: file.name, row: row && { key: row.key, label: row.label }, analysis: null });
    render();
    try {
      // A frame that failed to come up is tried again with the next file, not given up for the page's life.
      if (!client) {
        const connecting: Promise<PrecheckClient> = connectPrecheckFrame(frameParent, rules.site, lang).catch((error: unknown) => {
          if (client === connecting) client = null;
          throw error;
        });
        client = connecting;
      }
      // The row's paper is looked up at each render, not here: the page's checklist may not be complete yet.
      const analysis = await (await client).check(file, row && { key: row.key, label: row.label, accepts });
      const entry = picked.find((p) => p.id === id);
      if (entry) entry.analysis = analysis;
    } catch {
      failed.add(id);
    }
    render();
  };

  const rowOf = (target: Element | null) => {
    const trigger = target && uploadTriggerOf(target, document, rowsOn);
    return trigger ? uploadRowOfTrigger(trigger, document, rowsOn) : null;
  };
  ctx.addEventListener(
    document,
    'click',
    (event) => {
      const row = rowOf(event.target instanceof Element ? event.target : null);
      if (row) pendingRow = row;
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'change',
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'file') return;
      const files = Array.from(input.files ?? []);
      const accepts = acceptedKinds(input);
      // The button that opened the chooser keeps the focus: the row even if its click came before us.
      const row = pendingRow ?? rowOf(document.activeElement);
      for (const file of files) void check(file, row, accepts);
    },
    { capture: true },
  );
  // Files picked before the overlay arrived: taken over in the same task that installs the listeners
  // above (no pick falls between), checked once the caller has its handle on us.
  const early = takeEarlyPicks();
  queueMicrotask(() => {
    for (const pick of early) {
      const row = pick.origins.map(rowOf).find((r) => r !== null) ?? null;
      void check(pick.file, row, acceptedKinds(pick.input));
    }
  });

  // The portal renders its papers table late and re-renders it: follow it, quietly.
  let rowsSeen = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const followRows = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const signature = readUploadRows(document, rowsOn)
        .map((r) => r.label)
        .join('\n');
      if (signature !== rowsSeen) {
        rowsSeen = signature;
        render();
      }
    }, DOM_SETTLE_MS);
  };
  const observer = new MutationObserver(followRows);
  observer.observe(document.body, { childList: true, subtree: true });
  // The table may be complete before the overlay arrives (a fast page, a slow injection): no mutation would tell.
  followRows();
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });

  return {
    /** The background wiped the citizen's data (a new citizen): drop every file, result and hash, and the frame's worker holding them. */
    forget() {
      picked.length = 0;
      for (const set of [failed, acknowledged, reminded]) set.clear();
      pendingRow = null;
      slipError = null;
      void client?.then((c) => c.dispose(), () => {});
      client = null;
      render();
    },
    goOn(id: number) {
      acknowledged.add(id);
      render();
    },
    async openSlip() {
      const checklist = pageChecklist();
      const files = checkedFiles(picked, ctxChecks, itemOfRow(checklist)).map((f) => ({ ...f, itemIndex: f.rowKey === null ? null : Number(f.rowKey) }));
      const covered = new Set([...coveredRowKeys(files)].map(Number));
      const slip = buildSlip(checklist, files, missingItemIndices(checklist, covered), new Date());
      try {
        await ask({ type: 'slip/set', slip });
        await ask({ type: 'slip/open' });
        slipError = null;
      } catch (error) {
        slipError = errorMessage(error);
      }
      render();
    },
  };
}
