import { columnLabelKey } from '@/lib/session/csv';
import { MONTH_KEY, type MonthReport, REPORT_COLUMNS } from '@/lib/session/tally';
import { useT } from '../I18nContext';
import { ConfirmButton } from './ConfirmButton';

export interface TallyReportProps {
  month: string;
  report: MonthReport | null;
  status: string;
  onMonthChange: (month: string) => void;
  onExport: () => void;
  onReset: () => void;
}

/** The anonymous monthly counts, their CSV export and the reset. Data by props. */
export function TallyReport({ month, report, status, onMonthChange, onExport, onReset }: TallyReportProps) {
  const t = useT();
  return (
    <details className="dvc-tally">
      <summary>{t('tally.title')}</summary>
      <p className="dvc-hint">{t('tally.privacy')}</p>
      <label>
        {t('tally.month')}{' '}
        <input
          type="month"
          value={month}
          onChange={(e) => {
            if (MONTH_KEY.test(e.target.value)) onMonthChange(e.target.value);
          }}
        />
      </label>
      {report && (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('tally.item')}</th>
                <th scope="col">{t('tally.count')}</th>
              </tr>
            </thead>
            <tbody>
              {REPORT_COLUMNS.map((column) => (
                <tr key={column}>
                  <th scope="row">{t(columnLabelKey(column))}</th>
                  <td className="dvc-num">{report.total[column]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('tally.byProcedure')}</h3>
          {report.procedures.length > 0 ? (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('tally.procedureCode')}</th>
                  <th scope="col">{t('tally.procedureCount')}</th>
                </tr>
              </thead>
              <tbody>
                {report.procedures.map((p) => (
                  <tr key={p.code}>
                    <th scope="row">{p.code}</th>
                    <td className="dvc-num">{p.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{t('tally.noProcedures')}</p>
          )}
        </>
      )}
      <p>
        <button type="button" onClick={onExport}>
          {t('tally.export')}
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
