/**
 * Signed data files fetched from a URL the user set (the procedure catalog
 * today, the knowledge file later): the file at URL and its detached Ed25519
 * signature at `URL.sig` (base64 of the 64 signature bytes over the file's
 * exact bytes), checked with WebCrypto against a public key pinned in the
 * extension (keys.ts). The body is read as a stream and dropped past a cap.
 */

/** Larger than any catalog (the real one is ≈9 MB), small enough that a hostile server cannot fill memory. */
export const MAX_SIGNED_BYTES = 20 * 1024 * 1024;
const MAX_SIGNATURE_BYTES = 1024;
const FETCH_TIMEOUT_MS = 60_000;

export const SIGNED_FETCH_FAILURES = ['not-https', 'network', 'http-status', 'too-large', 'bad-signature'] as const;
export type SignedFetchFailure = (typeof SIGNED_FETCH_FAILURES)[number];
export type SignedFetch = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; reason: SignedFetchFailure };

export interface SignedFetchOptions {
  /** Raw 32-byte Ed25519 public key, base64. */
  publicKey: string;
  maxBytes?: number;
  fetch?: typeof fetch;
}

const base64Bytes = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text.trim()), (c) => c.charCodeAt(0));

/** The body, or null once it passes `maxBytes` (the download is cancelled there). */
export async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel();
    return null;
  }
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(read.value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** Whether `signature` (base64) is the pinned key's Ed25519 signature of `bytes`; false on any malformed input. */
export async function verifyDetached(bytes: Uint8Array<ArrayBuffer>, signature: string, publicKey: string): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('raw', base64Bytes(publicKey), { name: 'Ed25519' }, false, ['verify']);
    return await crypto.subtle.verify({ name: 'Ed25519' }, key, base64Bytes(signature), bytes);
  } catch {
    return false;
  }
}

/** Downloads `url` and `url.sig` (https only, no cookies) and returns the bytes only when the signature holds. */
export async function fetchSigned(url: string, { publicKey, maxBytes = MAX_SIGNED_BYTES, fetch: fetchFn = fetch }: SignedFetchOptions): Promise<SignedFetch> {
  if (!URL.canParse(url) || new URL(url).protocol !== 'https:') return { ok: false, reason: 'not-https' };
  const get = async (target: string, cap: number) => {
    const response = await fetchFn(target, { credentials: 'omit', cache: 'no-store', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (response.url && !response.url.startsWith('https://')) return 'not-https' as const;
    if (!response.ok) return 'http-status' as const;
    return (await readCapped(response, cap)) ?? ('too-large' as const);
  };
  let body: Uint8Array<ArrayBuffer> | SignedFetchFailure;
  let signature: Uint8Array<ArrayBuffer> | SignedFetchFailure;
  try {
    [body, signature] = await Promise.all([get(url, maxBytes), get(`${url}.sig`, MAX_SIGNATURE_BYTES)]);
  } catch {
    return { ok: false, reason: 'network' };
  }
  if (typeof body === 'string') return { ok: false, reason: body };
  // No signature, or one that does not hold, is the same refusal: the file is not the publisher's.
  if (typeof signature === 'string' || !(await verifyDetached(body, new TextDecoder().decode(signature), publicKey))) {
    return { ok: false, reason: 'bad-signature' };
  }
  return { ok: true, bytes: body };
}
