import { autoUpdate } from '@floating-ui/dom';
import { useLayoutEffect, useRef } from 'react';
import { viewportRect } from '@/lib/portal/frames.dom';

const PAD = 6;

/**
 * A ring around the target that dims the rest of the page. It takes no
 * pointer events, so the target (and the whole page) stays clickable.
 */
export function Spotlight({ target }: { target: Element }) {
  const ring = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ring.current;
    if (!el) return;
    const update = () => {
      // In the top window's viewport, also for a target in a same-host frame.
      const r = viewportRect(target);
      el.style.left = `${r.x - PAD}px`;
      el.style.top = `${r.y - PAD}px`;
      el.style.width = `${r.width + 2 * PAD}px`;
      el.style.height = `${r.height + 2 * PAD}px`;
    };
    return autoUpdate(target, el, update, { layoutShift: true, elementResize: true });
  }, [target]);
  return <div ref={ring} className="dvc-spotlight" data-testid="guide-spotlight" aria-hidden="true" />;
}
