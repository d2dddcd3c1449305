import { type MessageKey, translate } from '../i18n';
import { type MonthReport, REPORT_COLUMNS, type ReportColumn } from './tally';

/**
 * The monthly tally as CSV for Excel: UTF-8 with a BOM (so Excel shows
 * Vietnamese), CRLF line ends, comma separated, headers in Vietnamese
 * whatever the UI language (it is a report for Vietnamese offices).
 *
 * Layout, two sections separated by one empty line:
 *   1. `Ngày,<one column per counter>`, one row per calendar day of the month
 *      (YYYY-MM-DD, zeros included), then a `Tổng cộng` row.
 *   2. `Mã thủ tục,Số lần hỗ trợ`, one row per procedure code helped that
 *      month (most helped first), then a `Tổng cộng` row.
 */
export const CSV_BOM = '\uFEFF';
const EOL = '\r\n';

const COLUMN_KEY: Record<ReportColumn, MessageKey> = {
  sessions: 'tally.sessions',
  proceduresHelped: 'tally.proceduresHelped',
  dossiersSubmitted: 'tally.dossiersSubmitted',
  dossiersReturned: 'tally.dossiersReturned',
  returnedForHeldPapers: 'tally.returnedForHeldPapers',
  notReadyNoVneidLevel2: 'tally.notReadyNoVneidLevel2',
  notReadyMissingPapers: 'tally.notReadyMissingPapers',
  slipsPrinted: 'tally.slipsPrinted',
  vneidReminders: 'tally.vneidReminders',
};
export const columnLabelKey = (column: ReportColumn) => COLUMN_KEY[column];

const vi = (key: MessageKey) => translate('vi', key);

/**
 * Cells are dates, counts, fixed headers and codes matching PROCEDURE_CODE,
 * so none needs quoting; a code starting with "-" is prefixed with "'" so a
 * spreadsheet does not read it as a formula.
 */
const cell = (value: string | number) => (typeof value === 'string' && value.startsWith('-') ? `'${value}` : String(value));
const line = (cells: (string | number)[]) => cells.map(cell).join(',');

export function tallyCsv(report: MonthReport): string {
  const total = vi('tally.total');
  const lines = [
    line([vi('tally.date'), ...REPORT_COLUMNS.map((c) => vi(COLUMN_KEY[c]))]),
    ...report.days.map((d) => line([d.date, ...REPORT_COLUMNS.map((c) => d.counts[c])])),
    line([total, ...REPORT_COLUMNS.map((c) => report.total[c])]),
    '',
    line([vi('tally.procedureCode'), vi('tally.procedureCount')]),
    ...report.procedures.map((p) => line([p.code, p.count])),
    line([total, report.total.proceduresHelped]),
  ];
  return CSV_BOM + lines.join(EOL) + EOL;
}

export const tallyCsvFilename = (month: string) => `thong-ke-ho-tro-${month}.csv`;
