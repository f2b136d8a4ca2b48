/**
 * Runs async work where only the newest run may land: a result is applied only if no run started after it.
 * Signing a 1 MB body can take longer than signing the text typed a moment later; without this guard the older,
 * slower result would overwrite the newer one and show a stale signature.
 */
export function createLatestOnly() {
  let latest = 0;
  return async function runLatest<T>(work: () => Promise<T>, apply: (value: T) => void): Promise<boolean> {
    const run = ++latest;
    const value = await work();
    if (run !== latest) return false;
    apply(value);
    return true;
  };
}
