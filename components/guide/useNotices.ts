import { useEffect, useState } from 'react';
import { pageMatches, type PageInfo } from '@/lib/guide/engine';
import type { Notice } from '@/lib/guide/schema';
import { resolveEntry } from '@/lib/portal/find-target';
import { onPageChange } from '@/lib/portal/page-changes.dom';
import { SELECTORS, isSelectorName } from '@/lib/portal/selectors';
import { SEEN } from '@/lib/portal/track-target.dom';

/** The guide's notices whose trigger (e.g. the "not level 2" message) is on this page now. */
export function useNotices(notices: Notice[], page: PageInfo): Notice[] {
  const [active, setActive] = useState<Notice[]>([]);
  useEffect(() => {
    const here = notices.filter((n) => pageMatches(n.page, page) && isSelectorName(n.when));
    if (here.length === 0) {
      setActive([]);
      return;
    }
    const check = () => {
      const now = here.filter((n) => resolveEntry(document, SELECTORS[n.when as keyof typeof SELECTORS], SEEN) !== null);
      setActive((before) => (before.length === now.length && before.every((n, i) => n === now[i]) ? before : now));
    };
    check();
    return onPageChange(check);
  }, [notices, page]);
  return active;
}
