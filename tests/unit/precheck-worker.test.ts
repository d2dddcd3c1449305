import { describe, expect, it } from 'vitest';
import { READ_MARGIN_BYTES } from '../../lib/precheck/inspect';
import { rulesFor } from '../../lib/precheck/limits';
import { handlePrecheckFileRequest, handlePrecheckRequest } from '../../lib/precheck/worker';
import { handPdf } from '../support/generate-files';

describe('pre-check worker handler', () => {
  it('answers a valid request with the file analysis, in the language asked', async () => {
    const bytes = handPdf({ encrypt: true });
    const reply = await handlePrecheckRequest({ id: 3, name: 'a.pdf', size: bytes.length, bytes, row: null, site: 'portal-filing', lang: 'en' });
    expect(reply.ok && reply.analysis.checks.find((c) => c.code === 'encrypted')?.message).toContain('password-protected');
    expect(reply.id).toBe(3);
  });
  it('reads a picked File whole up to the site limit plus a margin, and only its head beyond', async () => {
    const limit = rulesFor('portal-filing').maxFileBytes;
    const read = async (size: number) => {
      const pdf = new Uint8Array(handPdf());
      const file = new File([pdf, new Uint8Array(size - pdf.length)], 'a.pdf');
      const reply = await handlePrecheckFileRequest({ id: 5, file, row: null, site: 'portal-filing', lang: 'vi' });
      if (!reply.ok) throw new Error(reply.error);
      return reply.analysis;
    };
    expect((await read(limit + READ_MARGIN_BYTES)).sha256).toMatch(/^[0-9a-f]{64}$/);
    const huge = await read(limit + READ_MARGIN_BYTES + 1);
    expect(huge.sha256).toBeNull();
    expect(huge.checks.find((c) => c.code === 'too-large')?.level).toBe('error');
  });
  it('refuses malformed requests without running anything', async () => {
    expect(await handlePrecheckRequest({ id: 4, name: 'a.pdf', size: 3, bytes: 'abc', row: null, site: 'portal-filing', lang: 'vi' })).toEqual({
      id: 4,
      ok: false,
      error: 'invalid-request',
    });
    expect(await handlePrecheckRequest(null)).toEqual({ id: -1, ok: false, error: 'invalid-request' });
    expect(await handlePrecheckFileRequest({ id: 6, file: 'a.pdf', row: null, site: 'portal-filing', lang: 'vi' })).toMatchObject({
      id: 6,
      error: 'invalid-request',
    });
  });
});
