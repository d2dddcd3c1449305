import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '@/lib/error-message';
import { ownedKey } from '@/lib/catalog/checklist-view';
import type { CatalogItem, CatalogProcedure } from '@/lib/catalog/schema';
import { ask } from '@/lib/messaging/client';
import { useSessionId } from '../session/SessionIdContext';

export type ProcedureState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed'; error: string }
  | { status: 'ready'; procedure: CatalogProcedure; owned: ReadonlySet<string> };

/** One procedure from the background's catalog, with the citizen's "đã có" ticks (kept by the background). */
export function useCatalogProcedure(code: string) {
  const [state, setState] = useState<ProcedureState>({ status: 'loading' });
  const sessionId = useSessionId();
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    ask({ type: 'catalog/get', code }).then(
      ({ procedure, owned }) => {
        if (!current) return;
        setState(procedure ? { status: 'ready', procedure, owned: new Set(owned) } : { status: 'missing' });
      },
      (error: unknown) => current && setState({ status: 'failed', error: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [code]);

  const setOwned = useCallback(
    async (item: CatalogItem, owned: boolean) => {
      const key = ownedKey(item);
      // Show the tick at once; the background's answer (what it stored) then stands.
      const show = (next: (set: Set<string>) => void) =>
        setState((s) => {
          if (s.status !== 'ready') return s;
          const set = new Set(s.owned);
          next(set);
          return { ...s, owned: set };
        });
      show((set) => (owned ? set.add(key) : set.delete(key)));
      try {
        const answer = await ask({ type: 'catalog/owned-set', sessionId: sessionId(), code, item: key, owned });
        show((set) => {
          set.clear();
          for (const k of answer.owned) set.add(k);
        });
      } catch {
        show((set) => (owned ? set.delete(key) : set.add(key)));
      }
    },
    [code, sessionId],
  );
  return { state, setOwned };
}
