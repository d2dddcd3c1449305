import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { DEFAULT_SETTINGS, parseStoredSettings, Settings } from '@/lib/settings';

describe('who uses the extension (settings.usage)', () => {
  it('settings stored before the question existed keep every value and leave the question open', () => {
    const before = { lang: 'en', textSize: 'large', readAloud: true, catalogUrl: 'https://example.org/c.json', sessionTimeoutMinutes: 30 };
    expect(parseStoredSettings(before)).toEqual({ ...before, usage: null });
    expect(DEFAULT_SETTINGS.usage).toBeNull();
  });

  it('keeps each answer', () => {
    for (const usage of ['personal', 'counter', 'volunteer'] as const) {
      expect(parseStoredSettings({ ...DEFAULT_SETTINGS, usage }).usage).toBe(usage);
    }
  });

  it('a bad stored answer asks again and loses nothing else', () => {
    for (const usage of ['admin', 1, {}, 'Personal']) {
      expect(parseStoredSettings({ lang: 'en', sessionTimeoutMinutes: 20, usage })).toMatchObject({ lang: 'en', sessionTimeoutMinutes: 20, usage: null });
    }
    expect(z.partial(Settings).safeParse({ usage: 'everyone' }).success).toBe(false);
  });
});
