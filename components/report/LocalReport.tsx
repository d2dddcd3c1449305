import { useEffect, useState } from 'react';
import { errorMessage } from '@/lib/error-message';
import { ask } from '@/lib/messaging/client';
import type { MonthReport } from '@/lib/session/monthly-report';
import { MONTH_KEY, monthKey } from '@/lib/session/tally';
import { useT } from '../I18nContext';
import { exportMonthCsv } from './exportCsv';
import { MonthField } from './MonthField';
import { ReportSection } from './ReportSection';

/** `options.html?month=2026-12` (the side panel's "Xem và in báo cáo tháng") opens on that month. */
const askedMonth = () => {
  const month = new URLSearchParams(location.search).get('month') ?? '';
  return MONTH_KEY.test(month) ? month : monthKey(new Date());
};

/** This machine's month, from the background's tallies. */
export function LocalReport() {
  const t = useT();
  const [month, setMonth] = useState(askedMonth);
  const [report, setReport] = useState<MonthReport | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    let live = true;
    ask({ type: 'tally/month', month }).then(
      (r) => live && setReport(r),
      (error: unknown) => live && setStatus(t('error.generic', { error: errorMessage(error) })),
    );
    return () => {
      live = false;
    };
  }, [month, t]);
  return (
    <ReportSection
      title={t('tally.local')}
      controls={<MonthField value={month} onChange={setMonth} />}
      report={report}
      status={status}
      onExport={async () => setStatus(await exportMonthCsv(month, t))}
    />
  );
}
