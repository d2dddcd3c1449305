import { adoptKnowledge } from '../knowledge/active';
import { Knowledge } from '../knowledge/schema';
import { ask } from './client';

/**
 * Adopts the newer held-papers rules a signed catalog brought (the background
 * keeps them with the catalog), checked again here like any stored record.
 * On any failure this context keeps the build's rules.
 */
export async function adoptServedKnowledge(): Promise<void> {
  try {
    const parsed = Knowledge.safeParse((await ask({ type: 'catalog/knowledge' })).knowledge);
    if (parsed.success) adoptKnowledge(parsed.data);
  } catch {
    // The background is not answering (restarting, or the extension reloading).
  }
}
