import { useState } from 'react';
import { useT } from '../I18nContext';
import { CatalogInfo } from './CatalogInfo';
import { PrepareList } from './PrepareList';
import { ProcedureSearch } from './ProcedureSearch';
import { ProcedureView } from './ProcedureView';
import { useCatalogProcedure } from './useCatalogProcedure';
import './catalog.css';

type View = { kind: 'search' } | { kind: 'procedure' | 'prepare'; code: string };

function OpenProcedure(props: { view: Exclude<View, { kind: 'search' }>; onView: (view: View) => void }) {
  const t = useT();
  const { state, setOwned } = useCatalogProcedure(props.view.code);
  const onOwnedChange = (item: Parameters<typeof setOwned>[0], owned: boolean) => void setOwned(item, owned);
  const back = () => props.onView({ kind: 'search' });
  if (state.status === 'loading') return <p role="status">{t('catalog.search.loading')}</p>;
  if (state.status !== 'ready') {
    return (
      <>
        <p role="alert">
          {state.status === 'missing' ? t('catalog.procedure.notFound') : t('error.generic', { error: state.error })}
        </p>
        <button type="button" onClick={back}>
          {t('catalog.procedure.back')}
        </button>
      </>
    );
  }
  return props.view.kind === 'prepare' ? (
    <PrepareList
      procedure={state.procedure}
      owned={state.owned}
      onOwnedChange={onOwnedChange}
      onBack={() => props.onView({ kind: 'procedure', code: props.view.code })}
    />
  ) : (
    <ProcedureView
      procedure={state.procedure}
      owned={state.owned}
      onOwnedChange={onOwnedChange}
      onBack={back}
      onPrepare={() => props.onView({ kind: 'prepare', code: props.view.code })}
    />
  );
}

/** Find a procedure, see its papers, tick what the citizen has, print what to prepare. */
export function ProcedureFinder() {
  const [view, setView] = useState<View>({ kind: 'search' });
  const [query, setQuery] = useState('');
  return (
    <>
      {view.kind === 'search' ? (
        <ProcedureSearch query={query} onQuery={setQuery} onOpen={(code) => setView({ kind: 'procedure', code })} />
      ) : (
        <OpenProcedure view={view} onView={setView} />
      )}
      <CatalogInfo />
    </>
  );
}
