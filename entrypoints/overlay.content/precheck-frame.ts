import type { FileAnalysis } from '@/lib/precheck/analyze-file';
import type { SiteRules } from '@/lib/precheck/limits';
import type { PrecheckRow } from '@/lib/precheck/row';
import type { PrecheckReply } from '@/lib/precheck/worker';
import type { Lang } from '@/lib/i18n';

export interface PrecheckClient {
  check(file: File, row: PrecheckRow | null): Promise<FileAnalysis>;
}

/**
 * Embeds the hidden pre-check frame (see entrypoints/precheck-frame/main.ts)
 * in the overlay's shadow root and connects to its worker over a private
 * MessageChannel. Picked files are handed over as File objects: the page's
 * main thread never reads their bytes.
 */
export async function connectPrecheckFrame(parent: Element, site: SiteRules['site'], lang: Lang): Promise<PrecheckClient> {
  const src = browser.runtime.getURL('/precheck-frame.html');
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.hidden = true;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  parent.append(frame);
  await loaded;
  const channel = new MessageChannel();
  frame.contentWindow?.postMessage({ type: 'dvc-precheck/connect' }, new URL(src).origin, [channel.port2]);
  const pending = new Map<number, (reply: PrecheckReply) => void>();
  channel.port1.onmessage = (event: MessageEvent<PrecheckReply>) => {
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  };
  let nextId = 1;
  return {
    check(file, row) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, (reply) => (reply.ok ? resolve(reply.analysis) : reject(new Error(reply.error))));
        channel.port1.postMessage({ id, file, row, site, lang });
      });
    },
  };
}
