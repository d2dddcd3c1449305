import { errorMessage } from '@/lib/error-message';
import type { Lang } from '@/lib/i18n';
import { describeStorageFailure } from '@/lib/storage-failure';
import { readSettings } from './handlers/settings';

/**
 * The error text UIs show when a handler fails: a storage failure (quota,
 * IndexedDB blocked or missing) in words, in the user's language — Vietnamese
 * when the settings cannot be read either; any other failure as its message
 * (our own stable codes such as `session-open`).
 */
export async function describeFailure(error: unknown): Promise<string> {
  const lang: Lang = await readSettings().then(
    (settings) => settings.lang,
    () => 'vi',
  );
  return describeStorageFailure(error, lang) ?? errorMessage(error);
}
