import { describe, expect, it } from 'vitest';
import { handlePrecheckRequest } from '../../lib/precheck/worker';
import { handPdf } from '../support/generate-files';

describe('pre-check worker handler', () => {
  it('answers a valid request with the file analysis, in the language asked', async () => {
    const bytes = handPdf({ encrypt: true });
    const reply = await handlePrecheckRequest({ id: 3, name: 'a.pdf', size: bytes.length, bytes, row: null, site: 'portal-filing', lang: 'en' });
    expect(reply.ok && reply.analysis.checks.find((c) => c.code === 'encrypted')?.message).toContain('password-protected');
    expect(reply.id).toBe(3);
  });
  it('refuses malformed requests without running anything', async () => {
    expect(await handlePrecheckRequest({ id: 4, name: 'a.pdf', size: 3, bytes: 'abc', row: null, site: 'portal-filing', lang: 'vi' })).toEqual({
      id: 4,
      ok: false,
      error: 'invalid-request',
    });
    expect(await handlePrecheckRequest(null)).toEqual({ id: -1, ok: false, error: 'invalid-request' });
  });
});
