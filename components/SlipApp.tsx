import { useEffect, useState } from 'react';
import { ask } from '@/lib/messaging/client';
import type { SlipData } from '@/lib/precheck/slip';
import { I18nProvider, useT } from './I18nContext';
import { SlipView } from './SlipView';
import { usePageSettings } from './usePageSettings';
import './slip.css';

function printSlip() {
  // Counted only inside an assisted session; nothing about the citizen is sent.
  void ask({ type: 'tally/record', event: { kind: 'slip-printed' } }).catch(() => {});
  window.print();
}

function SlipBody() {
  const t = useT();
  const [slip, setSlip] = useState<SlipData | null | undefined>(undefined);
  useEffect(() => {
    ask({ type: 'slip/get' }).then(setSlip, () => setSlip(null));
  }, []);
  if (slip === undefined) return null;
  if (slip === null) {
    return (
      <main className="slip">
        <h1>{t('slip.title')}</h1>
        <p role="status">{t('slip.empty')}</p>
      </main>
    );
  }
  return <SlipView slip={slip} onPrint={printSlip} />;
}

/** The printable "papers to supplement, once" page: the slip the background keeps for this session. */
export function SlipApp() {
  const [settings] = usePageSettings();
  return (
    <I18nProvider lang={settings.lang}>
      <SlipBody />
    </I18nProvider>
  );
}
