/**
 * Public keys pinned in the extension (raw 32-byte Ed25519, base64). A catalog
 * served from the update URL is accepted only with a detached signature by
 * the matching private key, which the publisher keeps off this repository
 * (`npx tsx scripts/build-catalog.ts --new-key FILE` makes a pair; the README
 * says how to sign). Replacing a key is an extension release.
 */
export const CATALOG_PUBLIC_KEY = 'c7rYuFlEZjE+tNiH1K4LAP/IX+1rkiaXxMgCF6m6m6s=';
