import { z } from 'zod';
import { Settings } from '../settings';

export const settingsRequests = [
  z.object({ type: z.literal('settings/get') }),
  z.object({ type: z.literal('settings/set'), settings: Settings.partial() }),
] as const;

export interface SettingsResponses {
  'settings/get': Settings;
  'settings/set': Settings;
}
