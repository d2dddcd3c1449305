import { useEffect, useState } from 'react';
import { isOtherPortalPattern } from '@/lib/portal/other-portals';

/** The other-portal origins the user granted, kept current as grants and revocations happen (from any page). */
export function useGrantedPortals(): string[] {
  const [granted, setGranted] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void browser.permissions.getAll().then((all) => {
        if (live) setGranted((all.origins ?? []).filter(isOtherPortalPattern).sort());
      });
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);
  return granted;
}
