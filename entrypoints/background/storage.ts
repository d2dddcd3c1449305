import { storage } from 'wxt/utils/storage';

/**
 * Every persisted record the background owns, in one place. Values are read
 * back through zod (see lib/settings.ts and friends): storage is not trusted.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings');

/** The guide in progress (lib/guide/engine.ts GuideProgress): per citizen, gone when the browser closes. */
export const guideItem = storage.defineItem<unknown>('session:guide');
