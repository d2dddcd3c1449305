import { describe, expect, it } from 'vitest';
import { translator } from '../../lib/i18n';
import { analyzeFile } from '../../lib/precheck/analyze-file';
import { rulesFor } from '../../lib/precheck/limits';
import { checkedFiles, coveredRowKeys, type PickedFile } from '../../lib/precheck/page-files';
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
});
