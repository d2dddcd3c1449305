import { shorten } from '../../text/shorten';
import type { CheckResult } from '../types';
import type { CheckContext } from './context';

/** The little the duplicate check knows of each attached file. */
export interface HashedFile {
  name: string;
  /** SHA-256 of the bytes; null when the file was too large to read. */
  sha256: string | null;
  /** The upload row, or null when files are not tied to rows (the CLI). */
  row: { key: string; label: string } | null;
}

/**
 * Byte-identical files (same SHA-256) attached more than once — usually the
 * wrong photo picked for a second paper. Each copy is told about the first
 * other one. Returns one result per file (null when the file was not hashed).
 */
export function checkDuplicates(files: readonly HashedFile[], { t }: CheckContext): (CheckResult | null)[] {
  return files.map((file, i) => {
    if (file.sha256 === null) return null;
    const other = files.find((o, j) => j !== i && o.sha256 === file.sha256);
    if (!other) return { code: 'duplicate', level: 'ok', message: t('precheck.duplicate.ok') };
    const message =
      !file.row || !other.row
        ? t('precheck.duplicate.plain', { other: other.name })
        : other.row.key === file.row.key
          ? t('precheck.duplicate.sameRow', { other: other.name })
          : t('precheck.duplicate.warn', { other: other.name, row: shorten(other.row.label, 70) });
    return { code: 'duplicate', level: 'warn', message };
  });
}
