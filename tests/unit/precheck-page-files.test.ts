import { describe, expect, it } from 'vitest';
import { translator } from '../../lib/i18n';
import { analyzeFile } from '../../lib/precheck/analyze-file';
import { rulesFor } from '../../lib/precheck/limits';
import { checkedFiles, coveredRowKeys, type PickedFile } from '../../lib/precheck/page-files';
import { checklistItem } from '../support/checklist-item';
import { handPdf, truncate } from '../support/generate-files';

const ctx = { lang: 'vi' as const, t: translator('vi'), rules: rulesFor('portal-filing') };
const analyse = (name: string, bytes: Uint8Array) => analyzeFile({ name, size: bytes.length, bytes }, null, ctx);

describe('files picked on a filing page', () => {
  it('adds cross-file checks, skips files still being checked, and counts a row only with a usable file', async () => {
    const good = handPdf();
    const picked: PickedFile[] = [
      { id: 1, name: 'a.pdf', row: { key: '0', label: 'Giấy A' }, analysis: await analyse('a.pdf', good) },
      { id: 2, name: 'b.pdf', row: { key: '1', label: 'Giấy B' }, analysis: await analyse('b.pdf', truncate(good, 0.5)) },
      { id: 3, name: 'c.pdf', row: { key: '2', label: 'Giấy C' }, analysis: await analyse('c.pdf', good) },
      { id: 4, name: 'd.pdf', row: { key: '2', label: 'Giấy C' }, analysis: null },
    ];
    const files = checkedFiles(picked, ctx);
    expect(files.map((f) => [f.id, f.verdict])).toEqual([
      [1, 'warn'],
      [2, 'error'],
      [3, 'warn'],
    ]);
    expect(files[2]?.checks.find((c) => c.code === 'duplicate')?.message).toContain('"Giấy A"');
    expect(coveredRowKeys(files)).toEqual(new Set(['0', '2']));
  });

  it('judges a file again when the paper of its row becomes known: the held-by-state reminder comes with the checklist', async () => {
    const analysis = await analyse('hop-dong-thue-nha.pdf', handPdf());
    const onRow = (key: string): PickedFile[] => [{ id: 1, name: 'hop-dong-thue-nha.pdf', row: { key, label: 'Giấy tờ' }, analysis }];
    const picked = onRow('1');
    const held = checklistItem('Giấy tờ chứng minh chỗ ở hợp pháp', { action: 'skip', heldBy: 'VNeID', legalBasis: 'Nghị định 104/2022/NĐ-CP' });
    // Read before the page's table was complete: nothing to say about the paper yet.
    expect(checkedFiles(picked, ctx)[0]?.checks.some((c) => c.code === 'held-by-state')).toBe(false);
    // The same analysis, the checklist known now: the reminder appears, on row 1 only.
    const known = checkedFiles(picked, ctx, (key) => (key === '1' ? held : null));
    const reminder = known[0]?.checks.find((c) => c.code === 'held-by-state');
    expect(reminder?.message).toContain('VNeID');
    expect(reminder?.message).toContain('Nghị định 104/2022/NĐ-CP');
    const otherRow = checkedFiles(onRow('0'), ctx, (key) => (key === '1' ? held : null));
    expect(otherRow[0]?.checks.some((c) => c.code === 'held-by-state')).toBe(false);
  });
});
