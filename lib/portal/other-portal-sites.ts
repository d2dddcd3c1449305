import { z } from 'zod/mini';
import { Localized } from '../i18n/localized';
import { OTHER_PORTAL_SITE_DATA } from './other-portal-sites.data';
import { hostMatches } from './other-portals';

/** One other portal: its host (or `*.` pattern, as granted), what kind of portal it is, and its name. */
export const OtherPortalSite = z.object({
  host: z.string().check(z.regex(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.gov\.vn$/, 'a .gov.vn host')),
  kind: z.enum(['province', 'ministry', 'business']),
  name: Localized,
});
export type OtherPortalSite = z.infer<typeof OtherPortalSite>;

/** The data file, validated when the module loads (tests/unit/other-portal-sites.test.ts checks it deeper). */
export const OTHER_PORTAL_SITES: readonly OtherPortalSite[] = z.array(OtherPortalSite).parse(OTHER_PORTAL_SITE_DATA);

/** The known portal a host belongs to, or null. */
export function otherPortalSite(host: string): OtherPortalSite | null {
  const h = host.toLowerCase();
  return OTHER_PORTAL_SITES.find((site) => hostMatches(site.host, h)) ?? null;
}
