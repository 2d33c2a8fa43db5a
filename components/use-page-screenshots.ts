import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../locales/current';

const ALL_URLS = { origins: ['<all_urls>'] };

/**
 * Whether in-page screenshots are allowed (the optional `<all_urls>` host permission), and
 * functions to ask for it or give it back. `request` must run straight from a click: Chrome
 * shows its prompt only during a user gesture.
 */
export function usePageScreenshots() {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    const refresh = () => void browser.permissions.contains(ALL_URLS).then(setGranted);
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);
  const settle = (change: Promise<boolean>, failure: (error: string) => string) =>
    change
      .then(() => browser.permissions.contains(ALL_URLS).then(setGranted))
      .then(() => setError(''))
      .catch((e: unknown) => setError(failure(e instanceof Error ? e.message : String(e))));
  return {
    granted,
    error,
    request: () => settle(browser.permissions.request(ALL_URLS), (error) => t('capture.permission.notGranted', { error })),
    revoke: () => settle(browser.permissions.remove(ALL_URLS), (error) => t('capture.permission.notRevoked', { error })),
  };
}
