import { z } from 'zod/mini';
import { FileKind } from './file-type';

const MB = 1024 * 1024;

/**
 * Upload rules per filing system, as data. Figures the portal states are
 * `documented`; the others are guesses, reported as warnings rather than
 * errors. Where a stated "2MB" may mean 2,000,000 or 2,097,152 bytes, the
 * smaller (safe) figure is used: a file between them would pass here and
 * fail on the portal.
 */
export const SiteRules = z.object({
  site: z.enum(['portal-filing', 'lienthong', 'justice', 'other']),
  /** The limit as the system words it ("2MB"), shown beside its exact figure. */
  stated: z.string().check(z.minLength(1)),
  /** Largest single file the system takes. */
  maxFileBytes: z.int().check(z.positive()),
  /** Largest total of all files attached to one paper (row), or null when not limited. */
  maxRowBytes: z.nullable(z.int().check(z.positive())),
  /** The limits are stated by the system itself (else they are a cautious default). */
  documented: z.boolean(),
  /** File kinds the system accepts when the row does not say (its input's `accept`). */
  accepts: z.array(FileKind).check(z.minLength(1)),
  /** Where the figures come from. */
  source: z.string().check(z.minLength(1)),
});
export type SiteRules = z.infer<typeof SiteRules>;

/** Default for systems whose limits nobody published: small enough for most, a warning only. */
const UNKNOWN_LIMIT_BYTES = 5 * MB;

export const SITE_RULES: readonly SiteRules[] = z.array(SiteRules).parse([
  {
    site: 'portal-filing',
    stated: '2MB',
    // guess: decimal megabytes (the captures do not say which): the safe side.
    maxFileBytes: 2_000_000,
    maxRowBytes: null,
    documented: true,
    accepts: ['pdf', 'jpeg', 'png', 'doc', 'docx'],
    source: 'dichvucong.gov.vn/nop-ho-so: "Vui lòng chọn tệp nhỏ hơn 2MB!" (portal-notes.md); formats are a guess',
  },
  {
    site: 'lienthong',
    stated: '2.6MB',
    // guess: decimal megabytes, as on the one-page filing.
    maxFileBytes: 2_600_000,
    maxRowBytes: 2_600_000,
    documented: true,
    accepts: ['pdf', 'jpeg', 'png', 'doc', 'docx'],
    source: 'liên thông portal: "Tổng dung lượng file của 1 loại giấy tờ không được quá 2.6MB" (portal-notes.md)',
  },
  {
    site: 'justice',
    stated: '5MB',
    maxFileBytes: UNKNOWN_LIMIT_BYTES,
    maxRowBytes: null,
    documented: false,
    accepts: ['pdf', 'jpeg', 'png'],
    source: 'Ministry of Justice wizard: limits and types not documented (portal-notes.md guesses PDF and images, a few MB)',
  },
  {
    site: 'other',
    stated: '5MB',
    maxFileBytes: UNKNOWN_LIMIT_BYTES,
    maxRowBytes: null,
    documented: false,
    accepts: ['pdf', 'jpeg', 'png', 'doc', 'docx'],
    source: 'provincial and old-portal forms: not documented',
  },
]);

export function rulesFor(site: SiteRules['site']): SiteRules {
  return SITE_RULES.find((r) => r.site === site) as SiteRules;
}

/** The rules for the page's host (the one-page filing lives on dichvucong.gov.vn itself). */
export function rulesForHost(host: string): SiteRules {
  const h = host.toLowerCase();
  if (h === 'dichvucong.gov.vn' || h === 'www.dichvucong.gov.vn') return rulesFor('portal-filing');
  if (h.startsWith('lienthong.') && h.endsWith('.dichvucong.gov.vn')) return rulesFor('lienthong');
  if (h.endsWith('.moj.gov.vn')) return rulesFor('justice');
  return rulesFor('other');
}
