import { beforeAll, describe, expect, it } from 'vitest';
import { checklistFromPortalRecord } from '@/lib/checklist';
import { reasonText } from '@/lib/checklist/reason';
import { type AnnexIndex, activeKnowledge, adoptKnowledge, HELD_PAPERS, Knowledge } from '@/lib/knowledge';
import { loadAnnex } from '../../scripts/knowledge-annex';
import { readJsonl } from '../../scripts/shared-data';

/**
 * Newer held-papers rules (arrived in a signed catalog, see catalog-update
 * tests) replace the build's in the context that adopts them: here the
 * resolution extended by a year, on the real birth-registration record.
 */
const KHAI_SINH = '1.001193';
/** The rule set a publisher would ship if NQ 66.7/2025 were extended to 29/02/2028. */
const EXTENDED = Knowledge.parse(JSON.parse(JSON.stringify({ ...HELD_PAPERS, version: '2027-02-20' }).replaceAll('2027-02-28', '2028-02-29')));
const JUNE_2027 = new Date('2027-06-01T12:00:00Z');

let record: Record<string, unknown>;
let index: AnnexIndex;

beforeAll(async () => {
  ({ index } = await loadAnnex());
  for await (const r of readJsonl<Record<string, unknown>>('portal-api.jsonl')) {
    if (String(r.code).trim() === KHAI_SINH) {
      record = r;
      break;
    }
  }
}, 120_000);

/** The residence row of the real checklist, as this context classifies it now. */
const residenceReason = () => {
  const item = checklistFromPortalRecord(record, index.procedures[KHAI_SINH]).checklist.items.find((i) => i.heldPaper === 'cu-tru');
  expect(item?.action).toBe('skip');
  return item?.reasonCodes ?? [];
};

describe('adopting newer held-papers rules', () => {
  it('keeps the build\'s rules over an older or equal file', () => {
    expect(adoptKnowledge({ ...HELD_PAPERS, version: '2026-01-01' })).toBe(false);
    expect(adoptKnowledge({ ...EXTENDED, version: HELD_PAPERS.version })).toBe(false);
    expect(activeKnowledge()).toBe(HELD_PAPERS);
  });

  it('classifies and words with the newer rules once adopted: an extended resolution is asserted again', () => {
    const before = residenceReason();
    expect(before[0]?.params.validUntil).toBe('2027-02-28');
    expect(reasonText(before, 'vi', JUNE_2027)).toMatch(/hết hiệu lực ngày 28\/02\/2027/);

    expect(adoptKnowledge(EXTENDED)).toBe(true);
    const after = residenceReason();
    expect(after[0]?.params.validUntil).toBe('2028-02-29');
    expect(reasonText(after, 'vi', JUNE_2027)).toMatch(/^Không tải lên/);
    expect(reasonText(after, 'vi', new Date('2028-03-01T12:00:00Z'))).toMatch(/hết hiệu lực ngày 29\/02\/2028/);
  });
});
