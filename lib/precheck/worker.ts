import { z } from 'zod';
import { LANGS, translator } from '../i18n';
import { analyzeFile, type FileAnalysis } from './analyze-file';
import { FileKind } from './file-type';
import { rulesFor, SiteRules } from './limits';

/**
 * The pre-check worker's message handler, kept pure: the worker entry reads
 * the picked File into bytes and calls this; tests call it directly. Input
 * crosses a thread boundary, so it is validated like any message.
 */
export const PrecheckRequest = z.object({
  id: z.number().int(),
  name: z.string().max(1000),
  size: z.number().int().nonnegative(),
  bytes: z.instanceof(Uint8Array),
  row: z
    .object({
      key: z.string(),
      label: z.string(),
      accepts: z.array(FileKind).optional(),
    })
    .nullable(),
  site: SiteRules.shape.site,
  lang: z.enum(LANGS),
});
export type PrecheckRequest = z.infer<typeof PrecheckRequest>;

export type PrecheckReply = { id: number; ok: true; analysis: FileAnalysis } | { id: number; ok: false; error: string };

export async function handlePrecheckRequest(raw: unknown): Promise<PrecheckReply> {
  const parsed = PrecheckRequest.safeParse(raw);
  const id = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'number' ? (raw as { id: number }).id : -1;
  if (!parsed.success) return { id, ok: false, error: 'invalid-request' };
  const { name, size, bytes, row, site, lang } = parsed.data;
  try {
    const analysis = await analyzeFile({ name, size, bytes }, row, { lang, t: translator(lang), rules: rulesFor(site) });
    return { id, ok: true, analysis };
  } catch (error) {
    return { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
