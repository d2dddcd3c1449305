import { z } from 'zod';
import type { Lang } from './index';

/** Text carried by data files (selectors, guides) in both UI languages. */
export const Localized = z.object({ vi: z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof Localized>;

export const inLang = (text: Localized, lang: Lang): string => text[lang];
