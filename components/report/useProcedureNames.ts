import { useEffect, useState } from 'react';
import { ask } from '@/lib/messaging/client';

/** A report names at most a few hundred procedures; more are shown by code alone. */
const LOOKUPS_MAX = 500;

/**
 * The catalog's names of the given procedure codes, looked up where the
 * report is shown (the tallies and CSVs keep codes only). A code the catalog
 * does not know is simply left without a name.
 */
export function useProcedureNames(codes: readonly string[]): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const key = codes.join('\n');
  useEffect(() => {
    let live = true;
    const wanted = key ? key.split('\n').slice(0, LOOKUPS_MAX) : [];
    Promise.all(
      wanted.map((code) =>
        ask({ type: 'catalog/get', code }).then(
          ({ procedure }) => (procedure ? ([code, procedure.name] as const) : null),
          () => null,
        ),
      ),
    ).then((found) => {
      if (live) setNames(new Map(found.filter((f) => f !== null)));
    });
    return () => {
      live = false;
    };
  }, [key]);
  return names;
}
