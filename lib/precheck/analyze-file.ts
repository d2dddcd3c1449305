import { checkBlurred } from './checks/blurred';
import type { CheckContext } from './checks/context';
import { checkCorrupt } from './checks/corrupt';
import { checkEmpty } from './checks/empty';
import { checkEncrypted } from './checks/encrypted';
import { checkLowResolution } from './checks/low-resolution';
import { checkPages } from './checks/pages';
import { checkRotated } from './checks/rotated';
import { checkSize } from './checks/too-large';
import { checkTooDark } from './checks/too-dark';
import { checkType } from './checks/type-mismatch';
import type { FileKind } from './file-type';
import { sha256Hex } from './hash';
import { inspectFile, type PrecheckInput } from './inspect';
import type { PrecheckRow } from './row';
import type { CheckResult } from './types';

/** One file's own results, before comparing it with the other attached files. */
export interface FileAnalysis {
  name: string;
  size: number;
  kind: FileKind;
  /** Null when the file was too large to read whole. */
  sha256: string | null;
  checks: CheckResult[];
  /** A photo's upright size in pixels, when it was read (whether a smaller copy is worth offering). */
  pixels?: { width: number; height: number } | null;
}

/**
 * Runs every single-file check on one picked file. What depends on the row's
 * paper (held by the state) is added with the cross-file checks, from the
 * item known when the results are shown, not when the file was read. Damaged or unreadable
 * files skip the pixel checks (their error already says what to do).
 * `hash` is injectable for tests; Web Crypto works in browsers and Node.
 */
export async function analyzeFile(
  input: PrecheckInput,
  row: PrecheckRow | null,
  ctx: CheckContext,
  hash: (bytes: Uint8Array) => Promise<string> = sha256Hex,
): Promise<FileAnalysis> {
  const [facts, sha256] = await Promise.all([
    inspectFile(input),
    input.bytes.length === input.size ? hash(input.bytes) : Promise.resolve(null),
  ]);
  const image = facts.image;
  const results = [
    checkEmpty(facts, ctx),
    checkType(facts, row?.accepts ?? ctx.rules.accepts, ctx),
    checkCorrupt(facts, ctx),
    checkEncrypted(facts, ctx),
    checkPages(facts, ctx),
    checkSize(facts.size, ctx),
    image && checkLowResolution(image, ctx),
    image && checkTooDark(image, ctx),
    image && checkBlurred(image, ctx),
    image && checkRotated(image, ctx),
  ];
  const checks = results.filter((r): r is CheckResult => r !== null);
  const turned = image && image.orientation >= 5;
  const pixels = image && image.width > 0 ? { width: turned ? image.height : image.width, height: turned ? image.width : image.height } : null;
  return { name: input.name, size: input.size, kind: facts.kind, sha256, checks, pixels };
}
