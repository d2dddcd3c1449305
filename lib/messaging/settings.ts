import { z } from 'zod/mini';
import { Settings } from '../settings';

export const settingsRequests = [
  z.object({ type: z.literal('settings/get') }),
  z.object({ type: z.literal('settings/set'), settings: z.partial(Settings) }),
] as const;

export interface SettingsResponses {
  'settings/get': Settings;
  'settings/set': Settings;
}
