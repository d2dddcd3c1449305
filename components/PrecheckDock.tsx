import type { UploadRowElements } from '@/lib/portal/upload-rows';
import { useT } from './I18nContext';
import { PrecheckFileResult, type PrecheckFileView, useFileStatus } from './PrecheckFileResult';

export interface PrecheckRowView {
  key: string;
  label: string;
  files: PrecheckFileView[];
  /** The row on the page, when it is shown: its result goes beside it, else in the dock. */
  anchor: UploadRowElements | null;
}

export interface HeldAlertView {
  id: number;
  /** The row the file was attached on (its key), when known. */
  rowKey: string | null;
  rowLabel: string;
  message: string;
}

export interface PrecheckView {
  rows: PrecheckRowView[];
  alerts: HeldAlertView[];
}

export interface PrecheckActions {
  onGoOn: (id: number) => void;
  onShrink: (id: number) => void;
}

/** The reminder (role="alert") for a file attached to a paper the state already holds, with "Vẫn tải lên" to go on. */
export function HeldAlert({ alert, onGoOn }: { alert: HeldAlertView; onGoOn: (id: number) => void }) {
  const t = useT();
  return (
    <div role="alert" className="dvc-alert">
      <p className="dvc-alert__row">{alert.rowLabel}</p>
      <p>{alert.message}</p>
      <button type="button" className="dvc-button" onClick={() => onGoOn(alert.id)}>
        {t('precheck.held.goOn')}
      </button>
    </div>
  );
}

/** One row's results: its reminders, then each file. */
export function PrecheckRowCard({
  row,
  alerts,
  actions,
  beside = false,
}: {
  row: PrecheckRowView;
  alerts: readonly HeldAlertView[];
  actions: PrecheckActions;
  beside?: boolean;
}) {
  return (
    <article className={beside ? 'dvc-card dvc-precheck__row dvc-precheck__row--beside' : 'dvc-precheck__row'} aria-label={row.label} data-row-key={row.key} tabIndex={-1}>
      {alerts.map((alert) => (
        <HeldAlert key={alert.id} alert={alert} onGoOn={actions.onGoOn} />
      ))}
      {/* Beside its row the card needs no title: the row shows it (and names the card for screen readers). */}
      {!beside && <h3 className="dvc-precheck__label">{row.label}</h3>}
      <ul className="dvc-precheck__files">
        {row.files.map((file) => (
          <PrecheckFileResult key={file.id} file={file} onShrink={actions.onShrink} />
        ))}
      </ul>
    </article>
  );
}

/** The latest file checked, for screen readers (politely: it never interrupts). */
function Announcer({ rows }: { rows: readonly PrecheckRowView[] }) {
  const t = useT();
  const status = useFileStatus();
  const done = rows.flatMap((r) => r.files).filter((f) => f.verdict !== null);
  const latest = done.reduce<PrecheckFileView | null>((a, f) => (a && a.id > f.id ? a : f), null);
  return (
    <p role="status" className="dvc-visually-hidden">
      {latest && t('precheck.announce', { name: latest.name, status: status(latest) })}
    </p>
  );
}

/**
 * What the pre-check found, in the overlay's dock: the rows the page does not
 * show (a file whose row is unknown, a page whose table was not recognised)
 * and their reminders. Rows the page shows get theirs beside them
 * (PrecheckRowResults). Also announces each result to screen readers. Never
 * blocks the portal.
 */
export function PrecheckDock({ view, actions }: { view: PrecheckView; actions: PrecheckActions }) {
  const t = useT();
  const docked = view.rows.filter((r) => !r.anchor);
  const dockedAlerts = view.alerts.filter((a) => !view.rows.some((r) => r.anchor && r.key === a.rowKey));
  return (
    <>
      <Announcer rows={view.rows} />
      {dockedAlerts.map((alert) => (
        <div key={alert.id} className="dvc-card dvc-alert-card">
          <HeldAlert alert={alert} onGoOn={actions.onGoOn} />
        </div>
      ))}
      {docked.length > 0 && (
        <section className="dvc-card dvc-precheck" aria-label={t('precheck.panel.title')}>
          <p className="dvc-card__eyebrow">{t('precheck.panel.title')}</p>
          {docked.map((row) => (
            <PrecheckRowCard key={row.key} row={row} alerts={[]} actions={actions} />
          ))}
        </section>
      )}
    </>
  );
}
