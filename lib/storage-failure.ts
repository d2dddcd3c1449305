import { type Lang, type MessageKey, translate } from './i18n';

/**
 * Failures of the browser's storage itself, as opposed to our own errors:
 * `full` — over quota (chrome.storage.local answers
 * "Resource::kQuotaBytes quota exceeded", IndexedDB a QuotaExceededError);
 * `unavailable` — IndexedDB missing, blocked by another connection, closing,
 * or the profile's database broken.
 */
export type StorageFailure = 'full' | 'unavailable';

/** Thrown by our own code when an IndexedDB open stays blocked past its budget. */
export class StorageBlockedError extends Error {
  override name = 'StorageBlockedError';
}

const UNAVAILABLE_NAMES = new Set(['StorageBlockedError', 'UnknownError', 'InvalidStateError', 'VersionError', 'SecurityError']);
const UNAVAILABLE_TEXT = /\bIO error\b|corrupt|indexedDB|database.*(closing|closed)/i;

export function storageFailureOf(error: unknown): StorageFailure | null {
  if (!error || typeof error !== 'object') return null;
  const { name, message } = error as { name?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : '';
  if (name === 'QuotaExceededError' || /quota/i.test(text)) return 'full';
  if ((typeof name === 'string' && UNAVAILABLE_NAMES.has(name)) || UNAVAILABLE_TEXT.test(text)) return 'unavailable';
  return null;
}

const MESSAGE: Record<StorageFailure, MessageKey> = {
  full: 'errors.storageFull',
  unavailable: 'errors.storageUnavailable',
};

/** What the user reads about a storage failure, or null when `error` is not one. */
export function describeStorageFailure(error: unknown, lang: Lang): string | null {
  const failure = storageFailureOf(error);
  return failure ? translate(lang, MESSAGE[failure]) : null;
}
