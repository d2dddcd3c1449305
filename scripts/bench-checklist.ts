import { performance } from 'node:perf_hooks';
import { checklistFromDocument, checklistFromPortalRecord, checklistFromText } from '../lib/checklist';
import { parseHtmlDocument } from './html-document';
import { readAllJsonl } from './shared-data';

interface OtherPortalDossier {
  format: string;
  dossier: string;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/**
 * Parse + classify time per procedure over all of ../shared/data: every
 * portal record, every `dossier` text, every other-portal page (the HTML is
 * parsed into a DOM first; only the checklist reading is timed). One warm-up
 * pass, then one timed pass.
 */
export async function benchChecklist(): Promise<{ checklistParseMedianMs: number; checklistParseP95Ms: number }> {
  const records = await readAllJsonl<unknown>('portal-api.jsonl');
  const texts = (await readAllJsonl<{ dossier?: string }>('procedures.jsonl')).map((p) => p.dossier ?? '');
  const others = await readAllJsonl<OtherPortalDossier>('other-portals.jsonl');
  const pages = others.filter((o) => o.format === 'html').map((o) => parseHtmlDocument(o.dossier));
  const jobs: (() => unknown)[] = [
    ...records.map((r) => () => checklistFromPortalRecord(r)),
    ...texts.map((t) => () => checklistFromText(t)),
    ...others.filter((o) => o.format !== 'html').map((o) => () => checklistFromText(o.dossier)),
    ...pages.map((p) => () => checklistFromDocument(p.document)),
  ];
  for (const job of jobs) job();
  const times = jobs.map((job) => {
    const start = performance.now();
    job();
    return performance.now() - start;
  });
  await Promise.all(pages.map((p) => p.close()));
  times.sort((a, b) => a - b);
  return { checklistParseMedianMs: percentile(times, 0.5), checklistParseP95Ms: percentile(times, 0.95) };
}
