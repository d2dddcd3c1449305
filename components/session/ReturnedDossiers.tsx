import { useId, useState } from 'react';
import { errorMessage } from '@/lib/error-message';
import type { ProcedureRef } from '@/lib/checklist/schema';
import type { ReturnedDossier } from '@/lib/session/returned';
import { shorten } from '@/lib/text';
import { useCatalogProcedure } from '../catalog/useCatalogProcedure';
import { useT } from '../I18nContext';
import { clock } from './clock';

export interface ReturnedDossiersProps {
  /** Procedures seen in this session, offered as codes to pick. */
  procedures: readonly ProcedureRef[];
  records: readonly ReturnedDossier[];
  busy: boolean;
  /** Records the request; resolves with what the background decided. */
  onRecord: (code: string, papers: string[]) => Promise<ReturnedDossier>;
  onOpenNote: (id: string) => void;
}

/** The procedure's papers to tick, and a box for papers typed as the agency worded them. */
function RequestForm({ code, busy, onRecord }: { code: string; busy: boolean; onRecord: ReturnedDossiersProps['onRecord'] }) {
  const t = useT();
  const typedId = useId();
  const { state } = useCatalogProcedure(code);
  const [picked, setPicked] = useState<ReadonlySet<number>>(new Set());
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState('');
  /** One request at a time: a double press must not record the dossier twice. */
  const [sending, setSending] = useState(false);
  if (state.status === 'loading') return <p role="status">{t('returned.loading')}</p>;
  if (state.status === 'missing') return <p role="status">{t('returned.unknownProcedure', { code })}</p>;
  if (state.status === 'failed') return <p role="status">{t('error.generic', { error: state.error })}</p>;
  const papers = (state.procedure.checklist?.items ?? []).flatMap((item, at) => (item.kind === 'paper' ? [{ item, at }] : []));
  const record = async () => {
    const names = [...papers.filter((p) => picked.has(p.at)).map((p) => p.item.name), ...typed.split('\n').filter((l) => l.trim())];
    if (names.length === 0) {
      setStatus(t('returned.nothingPicked'));
      return;
    }
    setSending(true);
    try {
      const done = await onRecord(code, names);
      setPicked(new Set());
      setTyped('');
      setStatus(t('returned.recorded', { total: done.papers.length, held: done.papers.filter((p) => p.held).length }));
    } catch (error) {
      setStatus(t('error.generic', { error: errorMessage(error) }));
    } finally {
      setSending(false);
    }
  };
  return (
    <>
      <fieldset className="dvc-returned-pick">
        <legend>{t('returned.pick', { procedure: state.procedure.name })}</legend>
        {papers.map(({ item, at }) => (
          <label key={at} title={item.name}>
            <input
              type="checkbox"
              checked={picked.has(at)}
              onChange={(e) =>
                setPicked((s) => {
                  const next = new Set(s);
                  if (e.target.checked) next.add(at);
                  else next.delete(at);
                  return next;
                })
              }
            />{' '}
            {shorten(item.name, 140)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={typedId}>{t('returned.typed')}</label>
      <textarea id={typedId} rows={3} value={typed} onChange={(e) => setTyped(e.target.value)} />
      <p>
        <button type="button" disabled={busy || sending} onClick={() => void record()}>
          {t('returned.record')}
        </button>
      </p>
      <p role="status">{status}</p>
    </>
  );
}

/** One recorded request: each paper, flagged with its article when the state holds it, and the note to print. */
function RecordView({ record, onOpenNote }: { record: ReturnedDossier; onOpenNote: (id: string) => void }) {
  const t = useT();
  return (
    <li>
      <p>
        <strong>{record.procedure.name}</strong> ({record.procedure.code}) — {t('returned.at', { time: clock(record.at) })}
      </p>
      <ul>
        {record.papers.map((paper) => (
          <li key={paper.name} className={paper.held ? 'dvc-returned-held' : undefined}>
            {shorten(paper.name, 140)}:{' '}
            {paper.held ? (
              <strong>{t('returned.held', { heldBy: paper.heldBy ?? '', legalBasis: paper.legalBasis ?? '' })}</strong>
            ) : (
              t('returned.bring')
            )}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => onOpenNote(record.id)}>
        {t('returned.openNote')}
      </button>
    </li>
  );
}

/** "Hồ sơ bị yêu cầu bổ sung" in the session bar. Session data by props; the checklist from the catalog. */
export function ReturnedDossiers({ procedures, records, busy, onRecord, onOpenNote }: ReturnedDossiersProps) {
  const t = useT();
  const codeId = useId();
  const listId = useId();
  const [code, setCode] = useState('');
  const [shown, setShown] = useState<string | null>(null);
  return (
    <div className="dvc-returned">
      <h2>{t('returned.title')}</h2>
      <p className="dvc-hint">{t('returned.hint')}</p>
      <label htmlFor={codeId}>{t('returned.code')}</label>{' '}
      <input
        id={codeId}
        list={listId}
        value={code}
        maxLength={100}
        aria-describedby={`${codeId}-hint`}
        onChange={(e) => setCode(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && code.trim()) setShown(code.trim());
        }}
      />
      <datalist id={listId}>
        {procedures.map((p) => (
          <option key={p.code} value={p.code}>
            {p.name}
          </option>
        ))}
      </datalist>{' '}
      <button type="button" className="dvc-secondary" disabled={!code.trim()} onClick={() => setShown(code.trim())}>
        {t('returned.load')}
      </button>
      <p className="dvc-hint" id={`${codeId}-hint`}>
        {t('returned.codeHint')}
      </p>
      {shown && <RequestForm key={shown} code={shown} busy={busy} onRecord={onRecord} />}
      {records.length > 0 && (
        <>
          <h3>{t('returned.listTitle')}</h3>
          <ul className="dvc-returned-list">
            {records.map((record) => (
              <RecordView key={record.id} record={record} onOpenNote={onOpenNote} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
