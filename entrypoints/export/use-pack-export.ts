import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { buildEvidencePack, type ExportProgress, type ExportScope } from '../../storage/export/evidence-pack';
import { searchArchive } from '../../storage/archive/search';
import { getSettings } from '../../storage/settings';
import { downloadBlob } from '../../utils/download-blob';
import type { ExportRequest } from '../../utils/export-page-url';
import { currentLanguage } from '../../locales/current';

export type PackExportState =
  | { state: 'working'; progress: ExportProgress | null }
  | { state: 'done'; fileName: string; captures: number; bytes: number }
  | { state: 'cancelled'; progress: ExportProgress | null }
  | { state: 'failed'; message: string };

/** The popup's search for "Export these results", run again here. */
async function scopeOf(request: ExportRequest): Promise<ExportScope> {
  if (request.type !== 'search') return request;
  const all = await searchArchive(request.query, { limit: 100_000, budget: 200_000 });
  return { type: 'search', query: request.query, ids: all.items.map((i) => i.id) };
}

/**
 * Run one export as soon as the page opens, with progress, a way to cancel, and the download
 * at the end. The page lives apart from the popup, so closing the popup does not stop it.
 */
export function usePackExport(request: ExportRequest) {
  const [status, setStatus] = useState<PackExportState>({ state: 'working', progress: null });
  const controller = useRef(new AbortController());
  useEffect(() => {
    const signal = controller.current.signal;
    let last: ExportProgress | null = null;
    let painted = 0;
    const warnOnLeave = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', warnOnLeave);
    void (async () => {
      try {
        const [{ agentName }, scope] = await Promise.all([getSettings(), scopeOf(request)]);
        const pack = await buildEvidencePack(scope, {
          agent: agentName,
          extensionVersion: browser.runtime.getManifest().version,
          language: currentLanguage(),
          signal,
          onProgress: (progress) => {
            last = progress;
            // Re-render at most every 100 ms: progress arrives once per capture.
            if (performance.now() - painted < 100 && progress.phase !== 'done') return;
            painted = performance.now();
            setStatus({ state: 'working', progress });
          },
        });
        downloadBlob(pack.blob, pack.fileName);
        setStatus({ state: 'done', fileName: pack.fileName, captures: pack.captures, bytes: pack.blob.size });
      } catch (error) {
        setStatus(signal.aborted ? { state: 'cancelled', progress: last } : { state: 'failed', message: error instanceof Error ? error.message : String(error) });
      } finally {
        removeEventListener('beforeunload', warnOnLeave);
      }
    })();
    return () => controller.current.abort();
  }, []);
  return { status, cancel: () => controller.current.abort() };
}
