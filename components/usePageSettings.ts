import { useEffect, useState } from 'react';
import { ask } from '@/lib/messaging/client';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

/** Loads settings from the background and applies text size and language to the page. */
export function usePageSettings(): [Settings, (next: Settings) => void, boolean] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    ask({ type: 'settings/get' })
      .then(setSettings, () => {})
      .finally(() => setLoaded(true));
  }, []);
  useEffect(() => {
    document.documentElement.dataset.textSize = settings.textSize;
    document.documentElement.lang = settings.lang;
  }, [settings]);
  return [settings, setSettings, loaded];
}
