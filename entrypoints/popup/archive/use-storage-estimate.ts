import { useEffect, useState } from 'preact/hooks';

/** Bytes used by and available to the extension's storage (navigator.storage.estimate()). */
export function useStorageEstimate(refresh: unknown): { usage: number | null; quota: number | null } {
  const [estimate, setEstimate] = useState<{ usage: number | null; quota: number | null }>({ usage: null, quota: null });
  useEffect(() => {
    let current = true;
    void navigator.storage
      ?.estimate?.()
      .then((e) => current && setEstimate({ usage: e.usage ?? null, quota: e.quota ?? null }))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [refresh]);
  return estimate;
}
