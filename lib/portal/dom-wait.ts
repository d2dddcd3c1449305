/**
 * Resolves with the first non-null result of `probe`, re-run on every DOM
 * mutation under `root`, or null once `timeoutMs` has passed — or, given
 * `quietMs`, once nothing under `root` has changed for that long (a page
 * that stopped rendering will not bring it). The portal renders late and
 * re-renders often, so every read of it goes through this.
 */
export function waitFor<T>(root: Node, probe: () => T | null, timeoutMs: number, quietMs = Number.POSITIVE_INFINITY): Promise<T | null> {
  const first = probe();
  if (first !== null) return Promise.resolve(first);
  return new Promise((resolve) => {
    let still: ReturnType<typeof setTimeout> | undefined;
    const restartQuiet = () => {
      clearTimeout(still);
      if (quietMs < timeoutMs) still = setTimeout(() => finish(null), quietMs);
    };
    const observer = new MutationObserver(() => {
      const found = probe();
      if (found !== null) finish(found);
      else restartQuiet();
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
    restartQuiet();
    function finish(value: T | null) {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(still);
      resolve(value);
    }
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}
