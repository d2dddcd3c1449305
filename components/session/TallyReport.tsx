import type { MonthReport } from '@/lib/session/monthly-report';
import { useT } from '../I18nContext';
import { MonthField } from '../report/MonthField';
import { MonthlyReportView } from '../report/MonthlyReportView';
import { ConfirmButton } from './ConfirmButton';

export interface TallyReportProps {
  month: string;
  report: MonthReport | null;
  /** Procedure names from the catalog, by code. */
  names: ReadonlyMap<string, string>;
  status: string;
  onMonthChange: (month: string) => void;
  onExport: () => void;
  /** Opens the month in Cài đặt, where it prints on A4. */
  onOpenPrint: () => void;
  onReset: () => void;
}

/** The anonymous monthly report, its CSV export, its printable page and the reset. Data by props. */
export function TallyReport({ month, report, names, status, onMonthChange, onExport, onOpenPrint, onReset }: TallyReportProps) {
  const t = useT();
  return (
    <details className="dvc-tally">
      <summary>{t('tally.title')}</summary>
      <p className="dvc-hint">{t('tally.privacy')}</p>
      <MonthField value={month} onChange={onMonthChange} />
      {report && <MonthlyReportView report={report} names={names} />}
      <p>
        <button type="button" onClick={onExport}>
          {t('tally.export')}
        </button>{' '}
        <button type="button" className="dvc-secondary" onClick={onOpenPrint}>
          {t('tally.openReport')}
        </button>
      </p>
      <ConfirmButton
        label={t('tally.reset')}
        question={t('tally.resetConfirm')}
        confirmLabel={t('tally.resetYes')}
        cancelLabel={t('session.cancel')}
        onConfirm={onReset}
      />
      <p role="status">{status}</p>
    </details>
  );
}
