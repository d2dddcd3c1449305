import { useId, useState } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { reportCsv, reportCsvFilename } from '@/lib/session/csv';
import {
  type MergedReports,
  mergeReportFiles,
  REPORT_FILE_MAX_BYTES,
  type RejectedFile,
  type ReportFile,
} from '@/lib/session/merge-reports';
import { useT } from '../I18nContext';
import { saveReportCsv } from './exportCsv';
import { ReportSection } from './ReportSection';

const REASON: Record<RejectedFile['error'], MessageKey> = {
  'too-large': 'tally.merge.error.too-large',
  'not-a-report': 'tally.merge.error.not-a-report',
  'bad-row': 'tally.merge.error.bad-row',
  'totals-mismatch': 'tally.merge.error.totals-mismatch',
  unreadable: 'tally.merge.error.unreadable',
};

/** Reads the picked files on this machine; a too large or unreadable one is refused without parsing. */
async function readPicked(files: readonly File[]): Promise<MergedReports> {
  const read = await Promise.all(
    files.map(async (file): Promise<ReportFile | RejectedFile> => {
      if (file.size > REPORT_FILE_MAX_BYTES) return { name: file.name, error: 'too-large' };
      try {
        return { name: file.name, text: await file.text() };
      } catch {
        return { name: file.name, error: 'unreadable' };
      }
    }),
  );
  const merged = mergeReportFiles(read.filter((f): f is ReportFile => 'text' in f));
  return { ...merged, rejected: [...read.filter((f): f is RejectedFile => 'error' in f), ...merged.rejected] };
}

/** "Gộp báo cáo từ nhiều máy": several counters' CSVs added up into the centre's month, shown, printed and exported. */
export function MergeReports() {
  const t = useT();
  const inputId = useId();
  const [merged, setMerged] = useState<MergedReports | null>(null);
  const [month, setMonth] = useState('');
  const [status, setStatus] = useState('');
  const report = merged?.reports.find((r) => r.month === month) ?? null;

  const pick = async (files: FileList | null) => {
    const result = await readPicked([...(files ?? [])]);
    setMerged(result);
    setMonth(result.reports.at(-1)?.month ?? '');
    setStatus(result.reports.length > 0 ? t('tally.merge.done', { count: result.merged }) : t('tally.merge.none'));
  };
  const exportCsv = () => {
    if (!report) return;
    setStatus(saveReportCsv(reportCsvFilename(report.month, true), reportCsv(report), t));
  };
  const reason = (r: RejectedFile) => t(REASON[r.error], r.row ? { row: r.row } : undefined);

  const controls = (
    <>
      <p className="dvc-hint">{t('tally.merge.hint')}</p>
      <label htmlFor={inputId}>{t('tally.merge.files')}</label>
      <input id={inputId} type="file" accept=".csv,text/csv" multiple onChange={(e) => void pick(e.target.files)} />
      {merged && merged.rejected.length > 0 && (
        <div role="alert">
          <ul>
            {merged.rejected.map((r) => (
              <li key={r.name}>{t('tally.merge.rejected', { file: r.name, reason: reason(r) })}</li>
            ))}
          </ul>
        </div>
      )}
      {merged && merged.reports.length > 1 && (
        <label>
          {t('tally.month')}{' '}
          <select value={month} onChange={(e) => setMonth(e.target.value)}>
            {merged.reports.map((r) => (
              <option key={r.month} value={r.month}>
                {r.month}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
  return (
    <ReportSection
      title={t('tally.merge.title')}
      controls={controls}
      report={report}
      note={merged ? t('tally.reportMerged', { count: merged.merged }) : undefined}
      status={status}
      onExport={exportCsv}
    />
  );
}
