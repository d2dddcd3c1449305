import { type FileKind, KIND_LABELS } from '../file-type';
import type { FileFacts } from '../inspect';
import type { CheckResult } from '../types';
import type { CheckContext } from './context';

const RIGHT_EXTENSION: Partial<Record<FileKind, string>> = {
  pdf: 'pdf',
  jpeg: 'jpg',
  png: 'png',
  gif: 'gif',
  webp: 'webp',
  heic: 'heic',
  doc: 'doc',
  docx: 'docx',
  zip: 'zip',
};

/**
 * The real kind (magic bytes) against what the row accepts and what the name
 * says. Content of an unknown kind under a known extension is left to
 * `corrupt` (the file is damaged rather than mislabelled).
 */
export function checkType(facts: FileFacts, accepts: readonly FileKind[], { t }: CheckContext): CheckResult | null {
  if (facts.size === 0) return null;
  const accepted = accepts.map((k) => KIND_LABELS[k]).join(', ');
  if (facts.kind === 'unknown') {
    if (facts.claimed !== 'unknown') return null;
    return { code: 'type-mismatch', level: 'error', message: t('precheck.type.unknown', { accepted }) };
  }
  const real = KIND_LABELS[facts.kind];
  if (!accepts.includes(facts.kind)) {
    return { code: 'type-mismatch', level: 'error', message: t('precheck.type.notAccepted', { real, accepted }) };
  }
  if (facts.claimed !== facts.kind) {
    const dot = facts.name.lastIndexOf('.');
    const ext = dot >= 0 ? facts.name.slice(dot + 1) : '';
    const rightExt = RIGHT_EXTENSION[facts.kind] ?? '';
    return { code: 'type-mismatch', level: 'warn', message: t('precheck.type.renamed', { real, ext, rightExt }) };
  }
  return { code: 'type-mismatch', level: 'ok', message: t('precheck.type.ok', { kind: real }) };
}
