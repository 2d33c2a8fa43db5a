/**
 * Ask the browser to keep Seller Guard's IndexedDB (the evidence archive) under storage
 * pressure instead of evicting it. `navigator.storage.persist()` exists in pages, not in the
 * service worker, so the options page and the popup ask. Resolves to whether storage is
 * persistent now (false where the API is missing).
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const manager = globalThis.navigator?.storage;
  if (!manager?.persisted) return false;
  try {
    return (await manager.persisted()) || ((await manager.persist?.()) ?? false);
  } catch {
    return false;
  }
}
