import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { adoptServedKnowledge } from '@/lib/messaging/knowledge-client';

/** Mounts an extension page's root component into #root, once the page has the newest held-papers rules. */
export async function mountPage(node: React.ReactNode) {
  const el = document.getElementById('root');
  if (!el) throw new Error('#root missing');
  await adoptServedKnowledge();
  createRoot(el).render(<StrictMode>{node}</StrictMode>);
}
