import { useId, useRef } from 'react';
import { type MonthReport, reportCodes } from '@/lib/session/monthly-report';
import { useT } from '../I18nContext';
import { MonthlyReportView } from './MonthlyReportView';
import { useProcedureNames } from './useProcedureNames';

/** Prints one section of the page: marked while the print dialog is open, report.css then shows only it. */
function printSection(section: HTMLElement | null) {
  section?.classList.add('dvc-printing');
  window.addEventListener('afterprint', () => section?.classList.remove('dvc-printing'), { once: true });
  window.print();
}

export interface ReportSectionProps {
  title: string;
  /** How the month (and, for a merge, the files) is chosen. */
  controls: React.ReactNode;
  report: MonthReport | null;
  note?: string;
  status: string;
  onExport: () => void;
}

/** A monthly report in Cài đặt: chosen with its controls, shown, printed on A4 alone, exported as CSV. Data by props. */
export function ReportSection({ title, controls, report, note, status, onExport }: ReportSectionProps) {
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  const titleId = useId();
  const names = useProcedureNames(report ? reportCodes(report) : []);
  return (
    <section ref={ref} aria-labelledby={titleId} className="dvc-report-section">
      <h2 id={titleId} className="dvc-no-print">
        {title}
      </h2>
      <div className="dvc-no-print">{controls}</div>
      {report && (
        <>
          <MonthlyReportView report={report} names={names} note={note} />
          <p className="dvc-no-print">
            <button type="button" onClick={() => printSection(ref.current)}>
              {t('tally.print')}
            </button>{' '}
            <button type="button" className="dvc-secondary" onClick={onExport}>
              {t('tally.export')}
            </button>
          </p>
        </>
      )}
      <p className="dvc-no-print" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
