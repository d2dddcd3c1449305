import { handleShrinkRequest } from '@/lib/precheck/make-smaller-copy';
import { isShrinkRequest } from '@/lib/precheck/smaller-copy';
import { WORKER_READY } from '@/lib/precheck/watched-worker';
import { handlePrecheckFileRequest } from '@/lib/precheck/worker';

/**
 * The pre-check worker: reads each picked File (only as much as the site's
 * limit calls for), runs the checks and answers the frame, one file at a
 * time, and makes the smaller copies asked for. Files are read here, off
 * every page's main thread, and nothing is kept afterwards.
 */
self.onmessage = async (event: MessageEvent) => {
  const { data } = event;
  self.postMessage(await (isShrinkRequest(data) ? handleShrinkRequest(data) : handlePrecheckFileRequest(data)));
};
self.postMessage(WORKER_READY);
