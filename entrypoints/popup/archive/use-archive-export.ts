import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ExportState } from './archive-export-status';
import { exportPagePath, type ExportRequest } from '../../../utils/export-page-url';

/**
 * Start an export in its own tab (entrypoints/export/): a long export would stop if it ran in
 * the popup and the popup closed. The tab shows the progress, can cancel, and downloads the pack.
 */
export function useArchiveExport() {
  const [state, setState] = useState<ExportState>({ state: 'idle' });
  const [scopeKey, setScopeKey] = useState<string | null>(null);
  const run = async (request: ExportRequest, key: string) => {
    setScopeKey(key);
    try {
      await browser.tabs.create({ url: browser.runtime.getURL(exportPagePath(request)) });
      setState({ state: 'opened' });
    } catch (error) {
      setState({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return { state, scopeKey, run };
}
