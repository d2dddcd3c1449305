import { requestId } from '@/lib/precheck/worker';
import { watchedWorker } from '@/lib/precheck/watched-worker';

/**
 * A hidden extension page the overlay embeds to get a Web Worker. A content
 * script cannot start a worker from an extension URL (cross-origin), and a
 * blob worker would fall under the portal's Content-Security-Policy; an
 * extension iframe is exempt from the page's CSP and runs in the extension's
 * own process, so its worker never slows the portal. The overlay sends one
 * `connect` message carrying a MessagePort: files and results then travel on
 * that private channel, never through the page's `message` events. Files go
 * to the worker one at a time under a watchdog (lib/precheck/watched-worker.ts).
 */

/** How long one file may take before the worker is ended and the file reported as not checked. */
const WATCHDOG_MS = 6000;

const startWorker = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
let connected = false;

window.addEventListener('message', (event) => {
  const port = event.ports[0];
  if (connected || event.source !== window.parent || !port) return;
  const data = event.data as { type?: unknown; watchdogMs?: unknown } | null;
  if (data?.type !== 'dvc-precheck/connect') return;
  connected = true;
  const watchdogMs = typeof data.watchdogMs === 'number' && data.watchdogMs > 0 ? data.watchdogMs : WATCHDOG_MS;
  const worker = watchedWorker(startWorker, watchdogMs, (reply) => port.postMessage(reply));
  port.onmessage = (message: MessageEvent) => worker.check(requestId(message.data), message.data);
});
