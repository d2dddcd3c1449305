import type { Page } from '@playwright/test';
import type { PrecheckReply } from '../../lib/precheck/worker';

export interface FramePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export interface FrameRun {
  /** Messages posted with `connect` before the real one, each with its own port (a page trying to take the channel). */
  decoys?: { type: string; token?: string }[];
  watchdogMs?: number;
  files: FramePayload[];
}

/** Adds a file input taking several files, with this id, to the page (files are then set on it as a user picks them). */
export function addFileInput(page: Page, id: string): Promise<void> {
  return page.evaluate((id) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.id = id;
    document.body.append(input);
  }, id);
}

/**
 * From an extension page (`page` must show one): opens the pre-check frame
 * the way the overlay does (a random token in its URL), connects after any
 * decoys, hands it the files as `File` objects (picked through a file input,
 * as a user picks them) and returns every reply, in the files' order (the
 * frame checks two at a time: replies come as files finish), plus what the
 * decoys' ports got.
 */
export async function checkInFrame(page: Page, { decoys = [], watchdogMs, files }: FrameRun) {
  await addFileInput(page, 'frame-files');
  await page.locator('#frame-files').setInputFiles(files);
  return page.evaluate(
    async ({ decoys, watchdogMs }) => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { getURL(path: string): string } } };
      const picked = Array.from((document.getElementById('frame-files') as HTMLInputElement).files ?? []);
      const token = crypto.randomUUID();
      const frame = document.createElement('iframe');
      frame.src = `${chrome.runtime.getURL('/precheck-frame.html')}#${token}`;
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      // The per-session URL redirects to the extension's own origin, this page's.
      const origin = location.origin;
      const decoyReplies: unknown[] = [];
      for (const decoy of decoys) {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => decoyReplies.push(event.data);
        frame.contentWindow?.postMessage(decoy, origin, [channel.port2]);
        channel.port1.postMessage({ id: 99, file: new File(['%PDF-1.7\n'], 'decoy.pdf'), row: null, site: 'portal-filing', lang: 'vi' });
      }
      const channel = new MessageChannel();
      frame.contentWindow?.postMessage({ type: 'dvc-precheck/connect', token, watchdogMs }, origin, [channel.port2]);
      const replies: unknown[] = [];
      const all = new Promise<void>((resolve) => {
        channel.port1.onmessage = (event) => {
          replies.push(event.data);
          if (replies.length === picked.length) resolve();
        };
      });
      picked.forEach((file, i) => {
        channel.port1.postMessage({ id: i + 1, file, row: null, site: 'portal-filing', lang: 'vi' });
      });
      await all;
      frame.remove();
      const byFile = (replies as PrecheckReply[]).sort((a, b) => a.id - b.id);
      return { replies: byFile, decoyReplies };
    },
    { decoys, watchdogMs },
  );
}
