import type { HandlerMap } from '@/lib/messaging/router';
import { assessRequestedPapers, ReturnedDossier, returnedSlip } from '@/lib/session/returned';
import type { CatalogService } from '@/lib/catalog/service';
import { findReturned, noteReturned } from './session';

/**
 * Returned dossiers: the flag for each requested paper is decided here, from
 * the background's own catalog (given by index.ts), not taken from the sender.
 */
export function createReturnedHandlers(service: Pick<CatalogService, 'get'>): HandlerMap<
  'returned/record' | 'returned/note' | 'returned/open-note'
> {
  return {
    async 'returned/record'(message) {
      const { procedure } = await service.get(message.code);
      if (!procedure) throw new Error('unknown-procedure');
      const ref = { code: procedure.code, name: procedure.name };
      const papers = assessRequestedPapers(message.papers, ref, procedure.checklist?.items ?? []);
      if (papers.length === 0) throw new Error('no-papers');
      const record = ReturnedDossier.parse({ id: crypto.randomUUID(), at: Date.now(), procedure: ref, papers });
      await noteReturned(record);
      return record;
    },
    async 'returned/note'(message) {
      const record = await findReturned(message.id);
      return record ? returnedSlip(record) : null;
    },
    async 'returned/open-note'(message) {
      await browser.tabs.create({ url: browser.runtime.getURL(`/slip.html?returned=${encodeURIComponent(message.id)}`) });
      return null;
    },
  };
}
