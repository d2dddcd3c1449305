import { z } from 'zod';
import { LANGS } from './i18n';
import { SESSION_TIMEOUT_MINUTES } from './session/model';

/**
 * Who uses the extension on this machine (asked on first run, changeable in
 * Cài đặt): a citizen doing their own procedures, staff at a one-stop counter
 * (bộ phận một cửa), or a volunteer helping people. `null`: not answered yet.
 * It only arranges the side panel; no data depends on it.
 */
export const USAGES = ['personal', 'counter', 'volunteer'] as const;
export const Usage = z.enum(USAGES);
export type Usage = z.infer<typeof Usage>;

export const Settings = z.object({
  lang: z.enum(LANGS).default('vi'),
  textSize: z.enum(['normal', 'large']).default('normal'),
  readAloud: z.boolean().default(false),
  /** Optional catalog update URL: the only network call the extension may make. */
  catalogUrl: z
    .string()
    .max(2048)
    .refine((s) => s === '' || s.startsWith('https://'), 'https-only')
    .default(''),
  /** Assisted sessions end after this many minutes without activity (lib/session). */
  sessionTimeoutMinutes: z
    .number()
    .int()
    .min(SESSION_TIMEOUT_MINUTES.min)
    .max(SESSION_TIMEOUT_MINUTES.max)
    .default(SESSION_TIMEOUT_MINUTES.default),
  /** Settings stored before the question existed have no answer: the panel asks. */
  usage: Usage.nullable().default(null),
});
export type Settings = z.infer<typeof Settings>;
export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** Reads stored settings; anything malformed falls back to defaults field by field. */
export function parseStoredSettings(raw: unknown): Settings {
  const full = Settings.safeParse(raw);
  if (full.success) return full.data;
  const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(Settings.shape) as (keyof Settings)[]) {
    const one = Settings.shape[key].safeParse(obj[key]);
    out[key] = one.success ? one.data : DEFAULT_SETTINGS[key];
  }
  return Settings.parse(out);
}
