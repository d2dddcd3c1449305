import { MONTH_KEY } from '@/lib/session/tally';
import { useT } from '../I18nContext';

/** "Tháng": a month picker that only passes on complete months. */
export function MonthField({ value, onChange }: { value: string; onChange: (month: string) => void }) {
  const t = useT();
  return (
    <label>
      {t('tally.month')}{' '}
      <input
        type="month"
        value={value}
        onChange={(e) => {
          if (MONTH_KEY.test(e.target.value)) onChange(e.target.value);
        }}
      />
    </label>
  );
}
