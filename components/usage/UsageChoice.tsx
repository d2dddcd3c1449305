import { useId } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { USAGES, type Usage } from '@/lib/settings';
import { useT } from '../I18nContext';

const LABEL: Record<Usage, MessageKey> = {
  personal: 'usage.personal',
  counter: 'usage.counter',
  volunteer: 'usage.volunteer',
};

/**
 * "Bạn dùng tiện ích để…": one radio group, in the side panel's first run and
 * in Cài đặt. Data by props. `landmark`: a region of its own, named by the
 * question, where it stands outside the page's other landmarks (the panel).
 */
export function UsageChoice({ value, onChange, landmark = false }: { value: Usage | null; onChange: (usage: Usage) => void; landmark?: boolean }) {
  const t = useT();
  const name = useId();
  const legend = useId();
  const group = (
    <fieldset className="dvc-usage">
      <legend id={legend}>{t('usage.question')}</legend>
      {USAGES.map((usage) => (
        <label key={usage}>
          <input type="radio" name={name} value={usage} checked={value === usage} onChange={() => onChange(usage)} />{' '}
          {t(LABEL[usage])}
        </label>
      ))}
      <p className="dvc-hint">{t('usage.hint')}</p>
    </fieldset>
  );
  return landmark ? <section aria-labelledby={legend}>{group}</section> : group;
}
