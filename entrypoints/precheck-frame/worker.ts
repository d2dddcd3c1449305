import { bytesToRead } from '@/lib/precheck/inspect';
import { handlePrecheckRequest } from '@/lib/precheck/worker';

/**
 * The pre-check worker: reads each picked File (only its head when huge),
 * runs the checks and answers on the port the overlay handed over. Files are
 * read here, off every page's main thread, and nothing is kept afterwards.
 */
interface FileRequest {
  id: number;
  file: File;
  row: unknown;
  site: unknown;
  lang: unknown;
}

self.addEventListener('message', (event: MessageEvent) => {
  const port = event.ports[0];
  if (!port) return;
  port.onmessage = async (message: MessageEvent<FileRequest>) => {
    const { id, file, row, site, lang } = message.data;
    if (!(file instanceof File)) {
      port.postMessage({ id, ok: false, error: 'no-file' });
      return;
    }
    const bytes = new Uint8Array(await file.slice(0, bytesToRead(file.size)).arrayBuffer());
    port.postMessage(await handlePrecheckRequest({ id, name: file.name, size: file.size, bytes, row, site, lang }));
  };
});
