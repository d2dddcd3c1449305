import { CSV_MAX_CHARS, parseReportCsv, type ReportCsvError } from './csv';
import { type MonthReport, summarizeByMonth } from './monthly-report';

/** A CSV file picked for merging: its name (to say which one was refused) and its text. */
export interface ReportFile {
  name: string;
  text: string;
}

export interface RejectedFile {
  name: string;
  error: ReportCsvError | 'unreadable';
  row?: number;
}

export interface MergedReports {
  /** One report per month the accepted files hold, oldest first. */
  reports: MonthReport[];
  /** How many files went into them. */
  merged: number;
  rejected: RejectedFile[];
}

/** A file bigger than this is refused before it is read: it cannot hold fewer than CSV_MAX_CHARS characters (a month's report is a few kilobytes). */
export const REPORT_FILE_MAX_BYTES = CSV_MAX_CHARS * 4;

/**
 * The centre's month from several counters' exports: each file is read on
 * its own (one that is not our report is refused, the others kept), then the
 * lines of the same month, place and procedure are added up.
 */
export function mergeReportFiles(files: readonly ReportFile[]): MergedReports {
  const rejected: RejectedFile[] = [];
  const accepted: MonthReport[] = [];
  for (const file of files) {
    const parsed = parseReportCsv(file.text);
    if (parsed.ok) accepted.push(...parsed.reports);
    else rejected.push({ name: file.name, error: parsed.error, ...(parsed.row ? { row: parsed.row } : {}) });
  }
  const reports = summarizeByMonth(accepted.flatMap((r) => r.lines.map((line) => ({ ...line, month: r.month }))));
  return { reports, merged: files.length - rejected.length, rejected };
}
