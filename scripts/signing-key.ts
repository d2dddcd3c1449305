import { readFileSync } from 'node:fs';

/**
 * The publisher's side of lib/signed: Ed25519 keys and detached signatures,
 * with the same WebCrypto the extension verifies with. The private key is
 * PKCS#8, base64; it never goes into the repository or the extension.
 */
export async function newSigningKey(): Promise<{ privateKey: string; publicKey: string }> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  return {
    privateKey: Buffer.from(await crypto.subtle.exportKey('pkcs8', pair.privateKey)).toString('base64'),
    publicKey: Buffer.from(await crypto.subtle.exportKey('raw', pair.publicKey)).toString('base64'),
  };
}

/** The base64 signature of `bytes`, to serve beside the file as `FILE.sig`. */
export async function signDetached(bytes: Uint8Array<ArrayBuffer>, privateKey: string): Promise<string> {
  const key = await crypto.subtle.importKey('pkcs8', Buffer.from(privateKey.trim(), 'base64'), { name: 'Ed25519' }, false, ['sign']);
  return Buffer.from(await crypto.subtle.sign({ name: 'Ed25519' }, key, bytes)).toString('base64');
}

/** The key given at build time: `DVC_SIGNING_KEY` (base64) or the file named by `DVC_SIGNING_KEY_FILE`; null when neither. */
export function signingKeyFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.DVC_SIGNING_KEY) return env.DVC_SIGNING_KEY;
  return env.DVC_SIGNING_KEY_FILE ? readFileSync(env.DVC_SIGNING_KEY_FILE, 'utf8') : null;
}
