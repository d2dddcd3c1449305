import { WORKER_READY } from '@/lib/precheck/watched-worker';
import { handlePrecheckFileRequest } from '@/lib/precheck/worker';

/**
 * The pre-check worker: reads each picked File (only as much as the site's
 * limit calls for), runs the checks and answers the frame, one file at a
 * time. Files are read here, off every page's main thread, and nothing is
 * kept afterwards.
 */
self.onmessage = async (event: MessageEvent) => {
  self.postMessage(await handlePrecheckFileRequest(event.data));
};
self.postMessage(WORKER_READY);
