import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ExportState } from './archive-export-status';
import type { ExportScope } from '../../../storage/export/evidence-pack';
import { getSettings } from '../../../storage/settings';
import { downloadBlob } from '../../../utils/download-blob';

/** Run one export at a time, with progress, and download the pack when it is ready. */
export function useArchiveExport() {
  const [state, setState] = useState<ExportState>({ state: 'idle' });
  const [scopeKey, setScopeKey] = useState<string | null>(null);
  const run = async (scope: ExportScope, key: string) => {
    setScopeKey(key);
    setState({ state: 'working', progress: null });
    try {
      // The ZIP writer and report builder load on first use: the popup opens without them.
      const [{ agentName }, { buildEvidencePack }] = await Promise.all([getSettings(), import('../../../storage/export/evidence-pack')]);
      let last = 0;
      const pack = await buildEvidencePack(scope, {
        agent: agentName,
        extensionVersion: browser.runtime.getManifest().version,
        onProgress: (progress) => {
          // Re-render at most every 100 ms: progress arrives once per capture.
          if (performance.now() - last < 100 && progress.phase !== 'done') return;
          last = performance.now();
          setState({ state: 'working', progress });
        },
      });
      downloadBlob(pack.blob, pack.fileName);
      setState({ state: 'done', fileName: pack.fileName, captures: pack.captures, bytes: pack.blob.size });
    } catch (error) {
      setState({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return { state, scopeKey, run, busy: state.state === 'working' };
}
