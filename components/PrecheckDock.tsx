import type { CheckResult, Verdict } from '@/lib/precheck/types';
import { useT } from './I18nContext';

export interface PrecheckFileView {
  id: number;
  name: string;
  /** Null while the worker is checking it; `failed` when it could not. */
  verdict: Verdict | 'failed' | null;
  checks: readonly CheckResult[];
}

export interface PrecheckRowView {
  key: string;
  label: string;
  files: PrecheckFileView[];
}

export interface HeldAlertView {
  id: number;
  rowLabel: string;
  message: string;
}

export interface PrecheckView {
  rows: PrecheckRowView[];
  alerts: HeldAlertView[];
}

const VERDICT_KEY = { ok: 'precheck.file.ok', warn: 'precheck.file.warn', error: 'precheck.file.error' } as const;

function FileResult({ file }: { file: PrecheckFileView }) {
  const t = useT();
  const status =
    file.verdict === null ? t('precheck.file.checking') : file.verdict === 'failed' ? t('precheck.file.failed') : t(VERDICT_KEY[file.verdict]);
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
    </li>
  );
}

/**
 * What the pre-check found, row by row, in the overlay's dock, and a
 * reminder (role="alert") for each file attached to a paper the state
 * already holds, with "Vẫn tải lên" to go on. Never blocks the portal.
 */
export function PrecheckDock({ view, onGoOn }: { view: PrecheckView; onGoOn: (id: number) => void }) {
  const t = useT();
  return (
    <>
      {view.alerts.map((alert) => (
        <div key={alert.id} role="alert" className="dvc-card dvc-alert">
          <p className="dvc-alert__row">{alert.rowLabel}</p>
          <p>{alert.message}</p>
          <button type="button" className="dvc-button" onClick={() => onGoOn(alert.id)}>
            {t('precheck.held.goOn')}
          </button>
        </div>
      ))}
      {view.rows.length > 0 && (
        <section className="dvc-card dvc-precheck" aria-label={t('precheck.panel.title')}>
          <p className="dvc-card__eyebrow">{t('precheck.panel.title')}</p>
          {view.rows.map((row) => (
            <article key={row.key} className="dvc-precheck__row" aria-label={row.label} data-row-key={row.key}>
              <h3 className="dvc-precheck__label">{row.label}</h3>
              <ul className="dvc-precheck__files">
                {row.files.map((file) => (
                  <FileResult key={file.id} file={file} />
                ))}
              </ul>
            </article>
          ))}
        </section>
      )}
    </>
  );
}
