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

/** Two columns: what is counted (a row header, unique) and how many. */
function CountTable({ head, rows }: { head: [string, string]; rows: [string, number][] }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{head[0]}</th>
          <th scope="col">{head[1]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, count]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td className="dvc-num">{count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
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
          <CountTable
            head={[t('tally.item'), t('tally.count')]}
            rows={REPORT_COLUMNS.map((column) => [t(columnLabelKey(column)), report.total[column]])}
          />
          <h3>{t('tally.byProcedure')}</h3>
          {report.procedures.length > 0 ? (
            <CountTable
              head={[t('tally.procedureCode'), t('tally.procedureCount')]}
              rows={report.procedures.map((p) => [p.code, p.count])}
            />
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
