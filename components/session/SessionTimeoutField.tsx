import { useId } from 'react';
import { SESSION_TIMEOUT_MINUTES } from '@/lib/session/model';
import { useT } from '../I18nContext';

const { min, max } = SESSION_TIMEOUT_MINUTES;

/** The options page's inactivity-timeout field for assisted sessions. */
export function SessionTimeoutField({ value, onChange }: { value: number; onChange: (minutes: number) => void }) {
  const t = useT();
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{t('session.timeoutSetting')}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={value}
        onChange={(e) => {
          const minutes = e.target.valueAsNumber;
          if (Number.isInteger(minutes)) onChange(Math.min(max, Math.max(min, minutes)));
        }}
      />
    </>
  );
}
