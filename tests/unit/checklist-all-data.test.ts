import { describe, expect, it } from 'vitest';
import { Checklist, type ChecklistResult, checklistFromDocument, checklistFromPortalRecord, checklistFromText, DetailedChecklist } from '@/lib/checklist';
import { parseHtmlDocument } from '../../scripts/html-document';
import { readJsonl } from '../../scripts/shared-data';

/** Invariants every parsed checklist keeps, whatever the source. */
function expectSane(result: ChecklistResult, where: string): void {
  expect(() => DetailedChecklist.parse(result.checklist), where).not.toThrow();
  expect(() => Checklist.parse(result.checklist), where).not.toThrow();
  for (const item of result.checklist.items) {
    expect(item.name.trim(), where).not.toBe('');
    expect(item.name, where).toBe(item.name.trim());
    expect(item.name, where).not.toMatch(/^[-+*•]\s/);
    if (item.kind === 'note') expect([item.original, item.copies, item.heldBy], where).toEqual([null, null, null]);
    if (item.action === 'skip') {
      expect(item.kind, where).toBe('paper');
      expect(item.heldBy, where).toBeTruthy();
      expect(item.legalBasis, where).toBeTruthy();
      expect(item.reason, where).toContain(item.heldBy);
    } else {
      expect(item.heldBy, where).toBeNull();
    }
    expect(item.reason.length, where).toBeGreaterThan(10);
  }
  for (const note of result.unread) expect(note, where).toMatch(/\p{L}/u);
}

interface Tally {
  procedures: number;
  withRows: number;
  withPaper: number;
  items: number;
  byAction: Record<string, number>;
}

function tally(into: Tally, result: ChecklistResult): void {
  into.procedures++;
  if (result.checklist.items.length) into.withRows++;
  if (result.checklist.items.some((i) => i.kind === 'paper')) into.withPaper++;
  for (const item of result.checklist.items) {
    into.items++;
    const key = item.kind === 'note' ? 'note' : item.action;
    into.byAction[key] = (into.byAction[key] ?? 0) + 1;
  }
}

const newTally = (): Tally => ({ procedures: 0, withRows: 0, withPaper: 0, items: 0, byAction: {} });

describe('all of ../shared/data parses', () => {
  it('every record of portal-api.jsonl', async () => {
    const t = newTally();
    for await (const record of readJsonl<{ code: string; name: string }>('portal-api.jsonl')) {
      const result = checklistFromPortalRecord(record);
      expectSane(result, record.code);
      expect(result.checklist.procedure).toEqual({ code: record.code, name: record.name });
      tally(t, result);
    }
    expect(t.procedures).toBe(5600);
    // About a hundred records list no papers at all; nearly all others name at least one paper.
    expect(t.withRows / t.procedures).toBeGreaterThan(0.97);
    expect(t.withPaper / t.withRows).toBeGreaterThan(0.995);
    // Skipping stays the exception (about 1.3 % of rows under NQ 66.7/2025/NQ-CP) and every kind of action occurs.
    expect(t.byAction.skip ?? 0).toBeGreaterThan(200);
    expect((t.byAction.skip ?? 0) / t.items).toBeLessThan(0.02);
    for (const action of ['fill', 'upload', 'present', 'note']) expect(t.byAction[action] ?? 0, action).toBeGreaterThan(100);
  }, 120_000);

  it('every dossier text of procedures.jsonl', async () => {
    const t = newTally();
    let unreadProcedures = 0;
    for await (const p of readJsonl<{ code: string; name: string; dossier: string }>('procedures.jsonl')) {
      const result = checklistFromText(p.dossier, { code: p.code, name: p.name });
      expectSane(result, p.code);
      if (result.unread.length) unreadProcedures++;
      tally(t, result);
    }
    expect(t.procedures).toBe(2596);
    expect(t.withPaper / t.withRows).toBeGreaterThan(0.99);
    // The README counts a few records as cut or misplaced: they are reported, not hidden.
    expect(unreadProcedures).toBeGreaterThan(10);
    expect(unreadProcedures / t.procedures).toBeLessThan(0.1);
  }, 120_000);

  it('catalog-only.jsonl has no dossier: nothing to parse, and the catalog fields alone give no checklist', async () => {
    for await (const p of readJsonl<Record<string, unknown>>('catalog-only.jsonl')) {
      expect(p).not.toHaveProperty('dossier');
      const result = checklistFromPortalRecord(p);
      expect(result.checklist.items).toEqual([]);
      expect(result.unread.length).toBeGreaterThan(0);
    }
  });

  it('every page and text of other-portals.jsonl', async () => {
    const t = newTally();
    for await (const o of readJsonl<{ name: string; format: string; dossier: string }>('other-portals.jsonl')) {
      let result: ChecklistResult;
      if (o.format === 'html') {
        const page = parseHtmlDocument(o.dossier);
        result = checklistFromDocument(page.document);
        await page.close();
      } else {
        result = checklistFromText(o.dossier);
      }
      expectSane(result, o.name);
      expect(result.checklist.items.length, o.name).toBeGreaterThan(0);
      tally(t, result);
    }
    expect(t.procedures).toBe(10);
    expect(t.withPaper).toBe(10);
  });
});
