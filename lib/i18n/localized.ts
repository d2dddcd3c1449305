import { z } from 'zod/mini';
import type { Lang } from './index';

/** Text carried by data files (selectors, guides) in both UI languages. */
export const Localized = z.object({ vi: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
export type Localized = z.infer<typeof Localized>;

export const inLang = (text: Localized, lang: Lang): string => text[lang];
