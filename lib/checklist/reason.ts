import { z } from 'zod/mini';
import { type Lang, translate } from '@/lib/i18n';
import { activeKnowledge, type Knowledge } from '@/lib/knowledge';

/**
 * Why an item gets its action, as codes with parameters: the domain and the
 * stored catalog keep these, lib/i18n words them in the user's language.
 * Parameters are knowledge ids (`paper`, `exclusion`), names (`heldBy`),
 * citations (`basis`) and the date a rule ends (`validUntil`).
 */
export const REASON_CODES = [
  'note',
  'fill',
  'present',
  'upload',
  'held',
  'held.annex',
  'held.alternative',
  'held.exploited',
  'held.fallback',
  'hint.partial',
  'hint.excluded',
  'hint.advise',
  'hint.subject',
  'hint.oftenHeld',
] as const;
export const ReasonCode = z.enum(REASON_CODES);
export type ReasonCode = z.infer<typeof ReasonCode>;

export const ReasonPart = z.object({
  code: ReasonCode,
  params: z._default(z.record(z.string(), z.string().check(z.maxLength(2000))), {}),
});
export type ReasonPart = z.infer<typeof ReasonPart>;

const Parts = z.array(ReasonPart).check(z.maxLength(4));

/** The stored form of a reason (one catalog string, shared by every item with the same reason). */
export const encodeReason = (parts: readonly ReasonPart[]): string => JSON.stringify(parts.map((p) => [p.code, p.params]));

/** The reason a stored string holds; an older catalog's prose comes back as null. */
export function decodeReason(stored: string): ReasonPart[] | null {
  if (!stored.startsWith('[')) return null;
  try {
    const raw = JSON.parse(stored) as unknown;
    if (!Array.isArray(raw)) return null;
    const parsed = Parts.safeParse(raw.map((p) => (Array.isArray(p) ? { code: p[0], params: p[1] } : p)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const dayMonthYear = (iso: string) => iso.split('-').reverse().join('/');

/**
 * Words a reason in `lang`. A skip whose rule ended before `today` says the
 * rule may have changed instead of asserting it.
 */
export function reasonText(parts: readonly ReasonPart[], lang: Lang, today: Date = new Date(), knowledge: Knowledge = activeKnowledge()): string {
  const paperOf = (id: string | undefined) => knowledge.papers.find((p) => p.id === id);
  const exclusionOf = (id: string | undefined) =>
    [...knowledge.commonExclusions, ...knowledge.papers.flatMap((p) => p.exclusions)].find((e) => e.id === id);
  return parts
    .map(({ code, params }) => {
      if (code.startsWith('held') && params.validUntil && params.validUntil < isoDay(today)) {
        return translate(lang, 'reason.held.expired', { basis: params.basis ?? '', date: dayMonthYear(params.validUntil) });
      }
      const paper = paperOf(params.paper);
      const words: Record<string, string> = {
        ...params,
        what: paper?.what[lang] ?? params.paper ?? '',
        advice: paper?.advice[lang] ?? '',
        why: exclusionOf(params.exclusion)?.why[lang] ?? '',
        date: params.validUntil ? dayMonthYear(params.validUntil) : '',
      };
      return translate(lang, `reason.${code}`, words).trim();
    })
    .join(' ');
}
