import { FrameConnect, requestId, SHRINK_WATCHDOG_MS, WATCHDOG_MS } from '@/lib/precheck/frame-protocol';
import { isShrinkRequest } from '@/lib/precheck/smaller-copy';
import { watchedWorker } from '@/lib/precheck/watched-worker';
import { parallelFiles, workerPool } from '@/lib/precheck/worker-pool';

/**
 * A hidden extension page the overlay embeds to get a Web Worker. A content
 * script cannot start a worker from an extension URL (cross-origin), and a
 * blob worker would fall under the portal's Content-Security-Policy; an
 * extension iframe is exempt from the page's CSP and runs in the extension's
 * own process, so its worker never slows the portal. The overlay sends one
 * `connect` message with the token of this frame's URL and a MessagePort
 * (lib/precheck/frame-protocol.ts): files and results then travel on that
 * private channel, never through the page's `message` events. Files go to
 * workers, one file per worker at a time under a watchdog
 * (lib/precheck/watched-worker.ts, worker-pool.ts), as do requests for a
 * smaller copy (lib/precheck/smaller-copy.ts).
 */
const token = location.hash.slice(1);
const startWorker = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
let connected = false;

window.addEventListener('message', (event) => {
  const port = event.ports[0];
  if (connected || event.source !== window.parent || !port) return;
  const connect = FrameConnect.safeParse(event.data);
  if (!connect.success || connect.data.token !== token) return;
  connected = true;
  const watchdogMs = connect.data.watchdogMs ?? WATCHDOG_MS;
  const workers = workerPool(
    parallelFiles(navigator.hardwareConcurrency),
    (onReply) => watchedWorker(startWorker, watchdogMs, onReply),
    (reply) => port.postMessage(reply),
  );
  workers.warm();
  port.onmessage = ({ data }: MessageEvent) => workers.check(requestId(data), data, isShrinkRequest(data) ? SHRINK_WATCHDOG_MS : undefined);
});
