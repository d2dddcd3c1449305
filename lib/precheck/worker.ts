import { z } from 'zod';
import { LANGS, translator } from '../i18n';
import { analyzeFile, type FileAnalysis } from './analyze-file';
import { FileKind } from './file-type';
import { requestId } from './frame-protocol';
import { bytesToRead } from './inspect';
import { rulesFor, SiteRules } from './limits';
import { readBlob } from './read-blob';

/**
 * The pre-check worker's message handler, kept pure: the worker entry hands
 * over each message; tests and the bench call it directly. Input crosses a
 * thread boundary, so it is validated like any message.
 */
const RequestContext = z.object({
  id: z.number().int(),
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

/** A file already read into bytes (the bench, tests). */
export const PrecheckRequest = RequestContext.extend({
  name: z.string().max(1000),
  size: z.number().int().nonnegative(),
  bytes: z.instanceof(Uint8Array),
});
export type PrecheckRequest = z.infer<typeof PrecheckRequest>;

/** A picked file as the browser hands it over: read here, only as much as the site's limit calls for. */
export const PrecheckFileRequest = RequestContext.extend({ file: z.instanceof(File) });

/** `timeout` and `crashed` come from the watchdog (watched-worker.ts), never from the checks. */
export type PrecheckReply =
  | { id: number; ok: true; analysis: FileAnalysis }
  | { id: number; ok: false; error: 'invalid-request' | 'timeout' | 'crashed' | string };

async function analyzeRequest(request: PrecheckRequest): Promise<PrecheckReply> {
  const { id, name, size, bytes, row, site, lang } = request;
  try {
    const analysis = await analyzeFile({ name, size, bytes }, row, { lang, t: translator(lang), rules: rulesFor(site) });
    return { id, ok: true, analysis };
  } catch (error) {
    return { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export async function handlePrecheckRequest(raw: unknown): Promise<PrecheckReply> {
  const parsed = PrecheckRequest.safeParse(raw);
  if (!parsed.success) return { id: requestId(raw), ok: false, error: 'invalid-request' };
  return analyzeRequest(parsed.data);
}

export async function handlePrecheckFileRequest(raw: unknown): Promise<PrecheckReply> {
  const parsed = PrecheckFileRequest.safeParse(raw);
  if (!parsed.success) return { id: requestId(raw), ok: false, error: 'invalid-request' };
  const { file, ...context } = parsed.data;
  const wanted = bytesToRead(file.size, rulesFor(context.site).maxFileBytes);
  const bytes = await readBlob(file.slice(0, wanted));
  return analyzeRequest({ ...context, name: file.name, size: file.size, bytes });
}
