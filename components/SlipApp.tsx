import { useEffect, useState } from 'react';
import { ask } from '@/lib/messaging/client';
import type { SlipData } from '@/lib/precheck/slip';
import { I18nProvider, useT } from './I18nContext';
import { SlipView } from './SlipView';
import { usePageSettings } from './usePageSettings';
import './slip.css';

/** `sessionId`: the session the slip was opened in; a slip of the previous citizen printed later is not counted for the next one. */
function printSlip(sessionId: string | null) {
  // Counted only inside an assisted session; nothing about the citizen is sent.
  if (sessionId) void ask({ type: 'tally/record', sessionId, event: { kind: 'slip-printed' } }).catch(() => {});
  window.print();
}

/** `slip.html?returned=<id>`: the note of a returned dossier of the open session; otherwise the pre-check's list. */
const returnedId = () => new URLSearchParams(location.search).get('returned');

function SlipBody() {
  const t = useT();
  const [slip, setSlip] = useState<SlipData | null | undefined>(undefined);
  const returned = returnedId();
  const [sessionId, setSessionId] = useState<string | null>(null);
  useEffect(() => {
    const load = returned ? ask({ type: 'returned/note', id: returned }) : ask({ type: 'slip/get' });
    load.then(setSlip, () => setSlip(null));
    ask({ type: 'session/get' }).then((view) => setSessionId(view.sessionId), () => {});
  }, [returned]);
  useEffect(() => {
    if (returned) document.title = t('returned.note.title');
  }, [returned, t]);
  if (slip === undefined) return null;
  if (slip === null) {
    return (
      <main className="slip">
        <h1>{t(returned ? 'returned.note.title' : 'slip.title')}</h1>
        <p role="status">{t(returned ? 'returned.note.empty' : 'slip.empty')}</p>
      </main>
    );
  }
  return <SlipView slip={slip} onPrint={() => printSlip(sessionId)} />;
}

/** The printable "papers to supplement, once" page: the slip the background keeps for this session, or a returned dossier's note. */
export function SlipApp() {
  const [settings] = usePageSettings();
  return (
    <I18nProvider lang={settings.lang}>
      <SlipBody />
    </I18nProvider>
  );
}
