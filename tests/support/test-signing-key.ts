import { newSigningKey, signDetached } from '../../scripts/signing-key';

/**
 * A publisher key made for this test run. Extension-context tests pin its
 * public half in place of the real one:
 *   vi.mock('@/lib/signed/keys', async () => ({ CATALOG_PUBLIC_KEY: (await (await import(…)).testSigningKey).publicKey }));
 */
export const testSigningKey = newSigningKey();

/** What a catalog server answers for `URL.sig`: the signature of the body it serves at URL. */
export async function signatureOf(response: Response): Promise<Response> {
  const body = new Uint8Array(await response.clone().arrayBuffer());
  return new Response(await signDetached(body, (await testSigningKey).privateKey));
}
