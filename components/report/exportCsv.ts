import { errorMessage } from '@/lib/error-message';
import type { Translate } from '@/lib/i18n';
import { ask } from '@/lib/messaging/client';
import { saveTextFile } from '../session/saveTextFile';

/** Saves a report CSV as a download; the status line to show. */
export function saveReportCsv(filename: string, csv: string, t: Translate): string {
  saveTextFile(filename, csv, 'text/csv;charset=utf-8');
  return t('tally.exported', { filename });
}

/** This machine's month as CSV (the background writes it from the tallies), saved; the status line to show. */
export async function exportMonthCsv(month: string, t: Translate): Promise<string> {
  try {
    const { filename, csv } = await ask({ type: 'tally/export', month });
    return saveReportCsv(filename, csv, t);
  } catch (error) {
    return t('error.generic', { error: errorMessage(error) });
  }
}
