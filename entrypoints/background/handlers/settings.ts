import type { HandlerMap } from '@/lib/messaging/router';
import { parseStoredSettings, Settings } from '@/lib/settings';
import { settingsItem } from '../storage';

export async function readSettings() {
  return parseStoredSettings(await settingsItem.getValue());
}

export const settingsHandlers: HandlerMap<'settings/get' | 'settings/set'> = {
  async 'settings/get'() {
    return readSettings();
  },
  async 'settings/set'(message) {
    const next = Settings.parse({ ...(await readSettings()), ...message.settings });
    await settingsItem.setValue(next);
    return next;
  },
};
