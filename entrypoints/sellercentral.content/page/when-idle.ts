/**
 * Resolve when the page is idle (`requestIdleCallback`, at most `timeoutMs` later), or after
 * `fallbackMs` where the browser has no idle callbacks: for work that may wait, such as
 * compiling the engines' patterns before their first real use.
 */
export function whenIdle(timeoutMs: number, fallbackMs = 0): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, fallbackMs);
  });
}
