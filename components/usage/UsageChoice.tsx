import { useId } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { USAGES, type Usage } from '@/lib/settings';
import { useT } from '../I18nContext';

const LABEL: Record<Usage, MessageKey> = {
  personal: 'usage.personal',
  counter: 'usage.counter',
  volunteer: 'usage.volunteer',
};

/** "Bạn dùng tiện ích để…": one radio group, in the side panel's first run and in Cài đặt. Data by props. */
export function UsageChoice({ value, onChange }: { value: Usage | null; onChange: (usage: Usage) => void }) {
  const t = useT();
  const name = useId();
  return (
    <fieldset className="dvc-usage">
      <legend>{t('usage.question')}</legend>
      {USAGES.map((usage) => (
        <label key={usage}>
          <input type="radio" name={name} value={usage} checked={value === usage} onChange={() => onChange(usage)} />{' '}
          {t(LABEL[usage])}
        </label>
      ))}
      <p className="dvc-hint">{t('usage.hint')}</p>
    </fieldset>
  );
}
