/**
 * A hidden extension page the overlay embeds to get a Web Worker. A content
 * script cannot start a worker from an extension URL (cross-origin), and a
 * blob worker would fall under the portal's Content-Security-Policy; an
 * extension iframe is exempt from the page's CSP and runs in the extension's
 * own process, so its worker never slows the portal. The overlay sends one
 * `connect` message carrying a MessagePort, which goes straight to the
 * worker: files and results then travel on that private channel, never
 * through the page's `message` events.
 */
const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
let connected = false;

window.addEventListener('message', (event) => {
  const port = event.ports[0];
  if (connected || event.source !== window.parent || !port) return;
  if ((event.data as { type?: unknown } | null)?.type !== 'dvc-precheck/connect') return;
  connected = true;
  worker.postMessage({ type: 'port' }, [port]);
});
