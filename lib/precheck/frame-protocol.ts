import { z } from 'zod/mini';

/**
 * How the overlay and the hidden pre-check frame (entrypoints/precheck-frame)
 * meet. The overlay puts a random token in the frame's URL fragment and
 * sends it back in `connect` with the MessagePort it will talk on: the first
 * `connect` carrying the frame's own token wins, so a page posting
 * "connect" first cannot take the channel.
 */
export const CONNECT_TYPE = 'dvc-precheck/connect';

/** How long one file may take in the worker before the worker is ended and the file reported as not checked. */
export const WATCHDOG_MS = 6000;
/**
 * How long the overlay waits for one file's answer: the watchdog, plus a
 * fresh worker's start-up after a restart. Past it the frame is taken for
 * dead and the file reported as not checked.
 */
export const REQUEST_TIMEOUT_MS = WATCHDOG_MS + 4000;
/**
 * A smaller copy decodes the whole photo (or every page of a scan) and
 * encodes it again, a few times if need be: seconds, not milliseconds. Its
 * watchdog is longer, but bounded like every request.
 */
export const SHRINK_WATCHDOG_MS = 30_000;
export const SHRINK_TIMEOUT_MS = SHRINK_WATCHDOG_MS + 4000;

export const FrameConnect = z.object({
  type: z.literal(CONNECT_TYPE),
  token: z.string().check(z.minLength(16), z.maxLength(100)),
  /** Another watchdog time than WATCHDOG_MS (tests use a short one). */
  watchdogMs: z.optional(z.int().check(z.minimum(100), z.maximum(60_000))),
});
export type FrameConnect = z.infer<typeof FrameConnect>;

/** A request's id when it has one, so even a refusal can be matched to its file (here, not in worker.ts, so the frame's page loads no decoder). */
export const requestId = (raw: unknown): number =>
  raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'number' ? (raw as { id: number }).id : -1;
