import { formatBytes } from '@/lib/precheck/format-bytes';
import type { SmallerCopyReason } from '@/lib/precheck/smaller-copy';
import type { CheckResult, Verdict } from '@/lib/precheck/types';
import { useLang, useT } from './I18nContext';

/** "Tạo bản nhỏ hơn" on one file: offered, being made, ready to save (an object URL), or not possible. */
export type SmallerCopyView =
  | { step: 'offered'; reason: SmallerCopyReason }
  | { step: 'making' }
  | { step: 'ready'; name: string; size: number; url: string; fits: boolean }
  | { step: 'failed'; reason: 'not-photos' | 'failed' };

export interface PrecheckFileView {
  id: number;
  name: string;
  /** Null while the worker is checking it; `failed` when it could not. */
  verdict: Verdict | 'failed' | null;
  checks: readonly CheckResult[];
  smallerCopy: SmallerCopyView | null;
}

const VERDICT_KEY = { ok: 'precheck.file.ok', warn: 'precheck.file.warn', error: 'precheck.file.error' } as const;

/** The words for a file's state ("Tệp ổn", "Đang kiểm tra…"), as shown and as announced. */
export function useFileStatus(): (file: PrecheckFileView) => string {
  const t = useT();
  return (file) =>
    file.verdict === null ? t('precheck.file.checking') : file.verdict === 'failed' ? t('precheck.file.failed') : t(VERDICT_KEY[file.verdict]);
}

function SmallerCopy({ copy, onShrink }: { copy: SmallerCopyView; onShrink: () => void }) {
  const t = useT();
  const lang = useLang();
  if (copy.step === 'offered') {
    return (
      <div className="dvc-shrink">
        <p>{t(`precheck.shrink.why.${copy.reason}`)}</p>
        <button type="button" className="dvc-button" onClick={onShrink}>
          {t('precheck.shrink.offer')}
        </button>
      </div>
    );
  }
  if (copy.step === 'making') return <p className="dvc-shrink">{t('precheck.shrink.making')}</p>;
  if (copy.step === 'failed') return <p className="dvc-shrink">{t(copy.reason === 'not-photos' ? 'precheck.shrink.not-photos' : 'precheck.shrink.failed')}</p>;
  const size = formatBytes(copy.size, lang);
  if (!copy.fits) return <p className="dvc-shrink">{t('precheck.shrink.notFitting', { size })}</p>;
  return (
    <div className="dvc-shrink">
      <p>{t('precheck.shrink.ready', { size })}</p>
      <a className="dvc-button dvc-shrink__save" href={copy.url} download={copy.name}>
        {t('precheck.shrink.save', { name: copy.name })}
      </a>
      <p>{t('precheck.shrink.choose', { name: copy.name })}</p>
    </div>
  );
}

/** One file's result: its name, its state, what to do about it, and the smaller copy when one is worth making. */
export function PrecheckFileResult({ file, onShrink }: { file: PrecheckFileView; onShrink: (id: number) => void }) {
  const status = useFileStatus()(file);
  const shown = file.checks.filter((c) => c.level !== 'ok' && c.code !== 'held-by-state');
  return (
    <li className={`dvc-file dvc-file--${file.verdict ?? 'checking'}`}>
      <span className="dvc-file__name">{file.name}</span> <span className="dvc-file__status">{status}</span>
      {shown.length > 0 && (
        <ul className="dvc-file__checks">
          {shown.map((c) => (
            <li key={`${c.code}:${c.message}`} className={`dvc-check dvc-check--${c.level}`}>
              {c.message}
            </li>
          ))}
        </ul>
      )}
      {file.smallerCopy && <SmallerCopy copy={file.smallerCopy} onShrink={() => onShrink(file.id)} />}
    </li>
  );
}
