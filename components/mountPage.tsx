import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

/** Mounts an extension page's root component into #root. */
export function mountPage(node: React.ReactNode) {
  const el = document.getElementById('root');
  if (!el) throw new Error('#root missing');
  createRoot(el).render(<StrictMode>{node}</StrictMode>);
}
