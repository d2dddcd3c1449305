import { storage } from 'wxt/utils/storage';

/**
 * Every persisted record the background owns, in one place. Values are read
 * back through zod (see lib/settings.ts and friends): storage is not trusted.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings');

/** The open assisted session (per-citizen: `citizen:` prefix, so the wipe removes it). See lib/session. */
export const sessionItem = storage.defineItem<unknown>('local:citizen:session');
/** How the last assisted session ended, for the sign-out reminder; nothing about the citizen. */
export const sessionEndItem = storage.defineItem<unknown>('local:session-end');
/** Anonymous per-day tallies; kept across sessions until reset. */
export const talliesItem = storage.defineItem<unknown>('local:tallies');
/** The last consolidated supplement list (session storage: per citizen, cleared by the wipe). See lib/precheck/slip.ts. */
export const slipItem = storage.defineItem<unknown>('session:slip');
/**
 * The session id per-citizen writes carry (lib/session/model.ts SessionId): random, nothing about the
 * citizen. Session storage, so the wipe's clear (and a browser restart) drops it; the wipe then draws the next.
 */
export const sessionIdItem = storage.defineItem<unknown>('session:session-id');
/** The guide in progress (lib/guide/engine.ts GuideProgress): per citizen, gone when the browser closes. */
export const guideItem = storage.defineItem<unknown>('session:guide');
