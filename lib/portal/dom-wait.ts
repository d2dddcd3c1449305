/**
 * Resolves with the first non-null result of `probe`, re-run on every DOM
 * mutation under `root`, or null once `timeoutMs` has passed. The portal
 * renders late and re-renders often, so every read of it goes through this.
 */
export function waitFor<T>(root: Node, probe: () => T | null, timeoutMs: number): Promise<T | null> {
  const first = probe();
  if (first !== null) return Promise.resolve(first);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const found = probe();
      if (found !== null) finish(found);
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
    function finish(value: T | null) {
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    }
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}
