import { z } from 'zod/mini';
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
  lang: z._default(z.enum(LANGS), 'vi'),
  textSize: z._default(z.enum(['normal', 'large']), 'normal'),
  readAloud: z._default(z.boolean(), false),
  /** Optional catalog update URL: the only network call the extension may make. */
  catalogUrl: z._default(
    z.string().check(
      z.maxLength(2048),
      z.refine((s) => s === '' || s.startsWith('https://'), 'https-only'),
    ),
    '',
  ),
  /** Assisted sessions end after this many minutes without activity (lib/session). */
  sessionTimeoutMinutes: z._default(
    z.int().check(z.minimum(SESSION_TIMEOUT_MINUTES.min), z.maximum(SESSION_TIMEOUT_MINUTES.max)),
    SESSION_TIMEOUT_MINUTES.default,
  ),
  /** Settings stored before the question existed have no answer: the panel asks. */
  usage: z._default(z.nullable(Usage), null),
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
