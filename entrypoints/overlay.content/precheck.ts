import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Checklist } from '@/lib/checklist/schema';
import type { HeldAlertView, PrecheckRowView, PrecheckView } from '@/components/PrecheckDock';
import type { SmallerCopyView } from '@/components/PrecheckFileResult';
import { errorMessage } from '@/lib/error-message';
import { type Lang, translator } from '@/lib/i18n';
import { ask } from '@/lib/messaging/client';
import { findSubmitButton, readFilingProcedure } from '@/lib/portal/filing-procedure';
import { asElement, asFileInput, deepActiveElement, onFrameDocuments } from '@/lib/portal/frames.dom';
import { genericUploadTriggers } from '@/lib/portal/generic-upload';
import { onPageChange } from '@/lib/portal/page-changes.dom';
import { detectPageFromUrl } from '@/lib/portal/page-kind';
import { isShown } from '@/lib/portal/track-target.dom';
import { readUploadRows, type UploadRow, uploadRowElements, uploadRowOfTrigger, uploadTriggerOf } from '@/lib/portal/upload-rows';
import { FILE_KINDS, type FileKind, kindFromName } from '@/lib/precheck/file-type';
import { rulesForHost } from '@/lib/precheck/limits';
import { missingItemIndices } from '@/lib/precheck/missing';
import { checklistFromUploadRows } from '@/lib/precheck/page-checklist';
import { takeEarlyPicks } from '@/lib/precheck/early-picks.dom';
import { checkedFiles, coveredRowKeys, type PickedFile } from '@/lib/precheck/page-files';
import { buildSlip } from '@/lib/precheck/slip';
import { smallerCopyReason } from '@/lib/precheck/smaller-copy';
import { summaryLines } from '@/lib/precheck/summary';
import type { CatalogMatches } from './catalog-matches';
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
 * worker; it never touches the inputs or what the portal submits. Its writes
 * (the slip, the reminder count) carry the id `sessionId` gives.
 */
export function startPrecheck(
  ctx: ContentScriptContext,
  frameParent: Element,
  lang: Lang,
  sessionId: () => Promise<string>,
  catalog: CatalogMatches,
  onChange: (state: PrecheckState) => void,
) {
  const t = translator(lang);
  const rules = rulesForHost(location.hostname);
  // Other portals: any file input or upload button, row by row; the national portal's rows come from the registry.
  const rowsOn = detectPageFromUrl(location.href).site === 'other-portal' ? { ...SHOWN, findTriggers: genericUploadTriggers } : SHOWN;
  const ctxChecks = { lang, t, rules };
  let client: Promise<PrecheckClient> | null = null;
  const picked: PickedFile[] = [];
  /** The picked File objects, kept (in memory only) for "Tạo bản nhỏ hơn". */
  const originals = new Map<number, File>();
  const copies = new Map<number, SmallerCopyView>();
  const failed = new Set<number>();
  const acknowledged = new Set<number>();
  const reminded = new Set<number>();
  let pendingRow: UploadRow | null = null;
  let nextId = 1;
  let slipError: string | null = null;

  const annexed = catalog.annexed;
  /**
   * The page's checklist, read and classified once and kept until the page
   * changes (followRows drops it) or the catalog arrives: it took ~10 ms, and
   * a draw follows every verdict. Row elements are looked up at each draw:
   * the portal rebuilds its table, and a card must follow the rows shown.
   */
  let checklistRead: Checklist | null = null;
  const pageChecklist = (): Checklist => {
    if (checklistRead) return checklistRead;
    const procedure = readFilingProcedure(document);
    const listed = checklistFromUploadRows(procedure, readUploadRows(document, rowsOn));
    // One item per upload row (rows are looked up by index): the annexes decide rows, they add none.
    checklistRead = { ...listed, items: annexed(procedure, listed.items, { addUnlisted: false }) };
    return checklistRead;
  };
  ctx.onInvalidated(
    catalog.onArrived(() => {
      checklistRead = null;
      render();
    }),
  );
  const itemOfRow = (checklist: Checklist) => (key: string) => checklist.items[Number(key)] ?? null;

  const smallerCopyOf = (p: PickedFile): SmallerCopyView | null => {
    const made = copies.get(p.id);
    if (made) return made;
    const file = originals.get(p.id);
    // A file whose check could not finish is judged by its size. Read only then: a picked file's `size`
    // asks the browser process on every read, which for twenty files being checked held the page.
    const facts = p.analysis ?? (file && failed.has(p.id) ? { kind: kindFromName(p.name), size: file.size, checks: [] } : null);
    const reason = file && facts ? smallerCopyReason(facts, rules.maxFileBytes) : null;
    return reason && { step: 'offered', reason };
  };

  const state = (): PrecheckState => {
    const checklist = pageChecklist();
    const files = checkedFiles(picked, ctxChecks, itemOfRow(checklist));
    const byId = new Map(files.map((f) => [f.id, f]));
    const shownRows = readUploadRows(document, SHOWN);
    const elements = uploadRowElements(document, SHOWN);
    const rows: PrecheckRowView[] = [];
    for (const p of picked) {
      const key = p.row?.key ?? `file:${p.id}`;
      let row = rows.find((r) => r.key === key);
      if (!row) {
        // Beside the row only while the page shows that same paper at that place.
        const shown = p.row && shownRows.find((r) => r.key === p.row?.key)?.label === p.row.label;
        row = { key, label: p.row?.label ?? t('precheck.row.other'), files: [], anchor: (shown && elements.get(key)) || null };
        rows.push(row);
      }
      const done = byId.get(p.id);
      row.files.push({
        id: p.id,
        name: p.name,
        verdict: done?.verdict ?? (failed.has(p.id) ? 'failed' : null),
        checks: done?.checks ?? [],
        smallerCopy: smallerCopyOf(p),
      });
    }
    const alerts: HeldAlertView[] = files.flatMap((f) => {
      const held = f.checks.find((c) => c.code === 'held-by-state');
      if (!held || acknowledged.has(f.id)) return [];
      const row = picked.find((p) => p.id === f.id)?.row;
      return [{ id: f.id, rowKey: row?.key ?? null, rowLabel: row?.label ?? '', message: held.message }];
    });
    for (const a of alerts) {
      if (reminded.has(a.id)) continue;
      reminded.add(a.id);
      void sessionId()
        .then((id) => ask({ type: 'tally/record', sessionId: id, event: { kind: 'vneid-reminder' } }))
        .catch(() => {});
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
  /**
   * Drawn in a task of its own, once for whatever changed meanwhile: twenty
   * files picked at once (or verdicts arriving together) read the page and
   * draw once, and the portal's own `change` handling is not held up by it.
   */
  let drawPending = false;
  const render = () => {
    if (drawPending) return;
    drawPending = true;
    ctx.setTimeout(() => {
      drawPending = false;
      onChange(state());
    });
  };

  const frame = (): Promise<PrecheckClient> => {
    // A frame that failed to come up is tried again with the next file, not given up for the page's life.
    if (!client) {
      const connecting: Promise<PrecheckClient> = connectPrecheckFrame(frameParent, rules.site, lang).catch((error: unknown) => {
        if (client === connecting) client = null;
        throw error;
      });
      client = connecting;
    }
    return client;
  };

  const check = async (file: File, row: UploadRow | null, accepts: FileKind[] | undefined) => {
    const id = nextId++;
    picked.push({ id, name: file.name, row: row && { key: row.key, label: row.label }, analysis: null });
    originals.set(id, file);
    render();
    try {
      // The row's paper is looked up at each render, not here: the page's checklist may not be complete yet.
      const analysis = await (await frame()).check(file, row && { key: row.key, label: row.label, accepts });
      const entry = picked.find((p) => p.id === id);
      if (entry) entry.analysis = analysis;
    } catch {
      failed.add(id);
    }
    render();
  };

  const rowOf = (target: Element | null | undefined) => {
    const trigger = target && uploadTriggerOf(target, document, rowsOn);
    return trigger ? uploadRowOfTrigger(trigger, document, rowsOn) : null;
  };
  const onClick = (event: Event) => {
    const row = rowOf(asElement(event.target));
    if (row) pendingRow = row;
  };
  const onFileChange = (event: Event) => {
    const input = asFileInput(event.target);
    if (!input) return;
    const files = Array.from(input.files ?? []);
    const accepts = acceptedKinds(input);
    // The button that opened the chooser keeps the focus: the row even if its click came before us.
    const row = pendingRow ?? rowOf(deepActiveElement(document));
    for (const file of files) void check(file, row, accepts);
  };
  /** Listens on a document (the page's, or a same-host frame's holding the e-form) until the returned function is called. */
  const listenOn = (doc: Document) => {
    doc.addEventListener('click', onClick, { capture: true });
    doc.addEventListener('change', onFileChange, { capture: true });
    return () => {
      doc.removeEventListener('click', onClick, { capture: true });
      doc.removeEventListener('change', onFileChange, { capture: true });
    };
  };
  ctx.onInvalidated(listenOn(document));
  // Files picked before the overlay arrived: taken over in the same task that installs the listeners
  // above (no pick falls between), checked once the caller has its handle on us.
  const early = takeEarlyPicks();
  queueMicrotask(() => {
    for (const pick of early) {
      const row = pick.origins.map(rowOf).find((r) => r !== null) ?? null;
      void check(pick.file, row, acceptedKinds(pick.input));
    }
  });

  const dropCopies = () => {
    for (const copy of copies.values()) if (copy.step === 'ready') URL.revokeObjectURL(copy.url);
    copies.clear();
  };

  // The portal renders its papers table late and re-renders it: follow it, quietly
  // (a table rebuilt with the same rows is followed too: results sit beside its rows).
  let rowsSeen = '';
  let rowsElement: Element | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const followRows = () => {
    checklistRead = null;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const signature = readUploadRows(document, rowsOn)
        .map((r) => r.label)
        .join('\n');
      const first = uploadRowElements(document, SHOWN).get('0')?.row;
      if (signature !== rowsSeen || first !== rowsElement) {
        rowsSeen = signature;
        rowsElement = first;
        render();
      }
      // A page asking for files gets its checker ready now, while the person reads it: the first file picked does not wait for it to load.
      if (signature && !client) void frame().catch(() => {});
    }, DOM_SETTLE_MS);
  };
  ctx.onInvalidated(onPageChange(followRows));
  // An e-form in a same-host frame: its rows, clicks and picks are followed there too.
  ctx.onInvalidated(
    onFrameDocuments(document, (frameDocument) => {
      const stopListening = listenOn(frameDocument);
      const stopFollowing = onPageChange(followRows, frameDocument);
      followRows();
      return () => {
        stopListening();
        stopFollowing();
      };
    }),
  );
  // The table may be complete before the overlay arrives (a fast page, a slow injection): no mutation would tell.
  followRows();
  ctx.onInvalidated(() => {
    clearTimeout(timer);
    dropCopies();
  });

  return {
    /** The background wiped the citizen's data (a new citizen): drop every file, result and hash, and the frame's worker holding them. */
    forget() {
      picked.length = 0;
      originals.clear();
      dropCopies();
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
    /**
     * "Tạo bản nhỏ hơn": the frame's worker makes the copy; it is offered as a
     * link saving it under its own name (an object URL of this page, no
     * download permission needed). The user picks it in the portal's chooser:
     * nothing here touches the portal's inputs.
     */
    async shrink(id: number) {
      const file = originals.get(id);
      if (!file || copies.get(id)?.step === 'making') return;
      copies.set(id, { step: 'making' });
      render();
      let made: SmallerCopyView;
      try {
        const copy = await (await frame()).shrink(file);
        const url = URL.createObjectURL(new Blob([copy.bytes as Uint8Array<ArrayBuffer>], { type: copy.type }));
        made = { step: 'ready', name: copy.name, size: copy.bytes.length, url, fits: copy.fits };
      } catch (error) {
        made = { step: 'failed', reason: errorMessage(error) === 'not-photos' ? 'not-photos' : 'failed' };
      }
      // Forgotten meanwhile (a new citizen): the copy is not kept.
      if (!originals.has(id)) {
        if (made.step === 'ready') URL.revokeObjectURL(made.url);
        return;
      }
      copies.set(id, made);
      render();
    },
    async openSlip() {
      const checklist = pageChecklist();
      const files = checkedFiles(picked, ctxChecks, itemOfRow(checklist)).map((f) => ({ ...f, itemIndex: f.rowKey === null ? null : Number(f.rowKey) }));
      const covered = new Set([...coveredRowKeys(files)].map(Number));
      const slip = buildSlip(checklist, files, missingItemIndices(checklist, covered), new Date());
      try {
        await ask({ type: 'slip/set', sessionId: await sessionId(), slip });
        await ask({ type: 'slip/open' });
        slipError = null;
      } catch (error) {
        slipError = errorMessage(error);
      }
      render();
    },
  };
}
