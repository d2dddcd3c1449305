import { useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '@/lib/error-message';
import type { ProcedureInfo } from '@/lib/catalog/schema';
import { ask } from '@/lib/messaging/client';
import { useT } from '../I18nContext';
import { levelsText } from './labels';

const RESULT_LIMIT = 30;

type Results = { query: string; found: ProcedureInfo[]; preparing: boolean } | { query: string; error: string };

/** Results for the query as typed; an answer to an older query never replaces a newer one. */
function useSearch(query: string) {
  const [results, setResults] = useState<Results | null>(null);
  const latest = useRef(query);
  useEffect(() => {
    latest.current = query;
    if (!query.trim()) return setResults(null);
    ask({ type: 'catalog/search', query, limit: RESULT_LIMIT }).then(
      ({ results: found, preparing }) => latest.current === query && setResults({ query, found, preparing }),
      (error: unknown) => latest.current === query && setResults({ query, error: errorMessage(error) }),
    );
  }, [query]);
  return results;
}

/** The search box ("Tìm thủ tục") and the procedures found as the user types. */
export function ProcedureSearch(props: { query: string; onQuery: (q: string) => void; onOpen: (code: string) => void }) {
  const t = useT();
  const inputId = useId();
  const results = useSearch(props.query);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <search className="dvc-search">
      <label htmlFor={inputId}>{t('catalog.search.label')}</label>
      <input
        ref={input}
        id={inputId}
        type="search"
        value={props.query}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${inputId}-hint`}
        onChange={(e) => props.onQuery(e.target.value)}
        onKeyDown={(e) => {
          // Enter opens the first result: the keyboard path for the common case.
          const first = results && 'found' in results ? results.found[0] : undefined;
          if (e.key === 'Enter' && first) props.onOpen(first.code);
        }}
      />
      <p id={`${inputId}-hint`} className="dvc-hint">
        {t('catalog.search.hint')}
      </p>
      <p role="status" className="dvc-search-status">
        {results &&
          ('error' in results
            ? t('catalog.search.failed', { error: results.error })
            : results.found.length === 0
              ? t('catalog.search.none')
              : t('catalog.search.count', { count: results.found.length }))}
        {results && 'found' in results && results.preparing && ` ${t('catalog.preparing')}`}
      </p>
      {results && 'found' in results && results.found.length > 0 && (
        <ul className="dvc-results">
          {results.found.map((p) => (
            <li key={p.code}>
              <button type="button" className="dvc-result" onClick={() => props.onOpen(p.code)}>
                {p.name}
              </button>
              <span className="dvc-hint">
                {p.code}
                {p.levels.length > 0 && ` · ${levelsText(t, p.levels)}`}
                {p.field && ` · ${p.field}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </search>
  );
}
