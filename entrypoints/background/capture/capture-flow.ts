import { browser, type Browser } from 'wxt/browser';
import { isSellerCentralUrl } from '../../../rules/page/hosts';
import { contentHashOf } from '../../../storage/capture/capture-record';
import { saveCapture, type CaptureDraft } from '../../../storage/capture/capture-store';
import type { CaptureRecord } from '../../../storage/capture/capture-schema';
import { getSettings, type Settings } from '../../../storage/settings';
import { captureSnapshotSchema, type CaptureOutcome, type CaptureSnapshot } from '../../../utils/capture-protocol';
import { serialQueue } from '../../../utils/serial-queue';
import { captureNotSaved, isQuotaError, messageOf, SellerGuardError } from '../../../utils/errors';
import { askPage, tellPage } from './page-link';
import { fullPageScreenshot, visibleScreenshot } from './screenshot';
import { screenshotBlocker, type CaptureSource } from './screenshot-policy';
import type { StitchedImage } from './stitcher';
import { t } from '../../../locales/current';

export interface CaptureChoice {
  fullPage?: boolean;
  tags: string[];
  note: string;
}

/** The page's data and text as the content script reads them now, validated. */
export async function readSnapshot(tabId: number, settings: Settings): Promise<CaptureSnapshot> {
  const snapshot = captureSnapshotSchema.parse(await askPage(tabId, 'getCaptureSnapshot', { mask: settings.maskPersonalData }));
  if (!isSellerCentralUrl(snapshot.url)) throw new SellerGuardError('invalid-input', t('error.onlySellerCentral'));
  return snapshot;
}

// One screenshot at a time across the extension: two captures scrolling the same page (a
// click during an auto-capture) would undo each other's scroll and hidden headers.
const oneScreenshotAtATime = serialQueue();

function screenshot(tab: Browser.tabs.Tab, source: CaptureSource, fullPage: boolean, mask: boolean) {
  return oneScreenshotAtATime(() => takeScreenshot(tab, source, fullPage, mask));
}

async function takeScreenshot(tab: Browser.tabs.Tab, source: CaptureSource, fullPage: boolean, mask: boolean) {
  const blocker = await screenshotBlocker(source, tab);
  if (blocker) return { mode: 'none' as const, images: [] as StitchedImage[], note: blocker };
  const options = {
    tabId: tab.id!,
    windowId: tab.windowId,
    mask,
    onProgress: (done: number, total: number) => tellPage(tab.id!, { phase: 'capturing', done, total }),
  };
  try {
    if (!tab.active) await browser.tabs.update(tab.id!, { active: true });
    const images = fullPage ? await fullPageScreenshot(options) : await visibleScreenshot(options);
    return { mode: fullPage ? ('full' as const) : ('visible' as const), images, note: null };
  } catch (error) {
    // The page's text and data are still evidence: keep them, and say why the picture is missing.
    const reason = error instanceof Error ? error.message : String(error);
    return { mode: 'none' as const, images: [] as StitchedImage[], note: t('capture.note.none', { reason }) };
  }
}

function draftOf(snapshot: CaptureSnapshot, settings: Settings, source: CaptureSource, choice: CaptureChoice, capturedAt: Date) {
  const { data } = snapshot;
  const asins = [
    ...(data.order?.items.map((item) => item.asin) ?? []),
    ...(data.list?.rows.flatMap((row) => row.asins) ?? []),
  ].filter((asin): asin is string => !!asin);
  return {
    capturedAt: capturedAt.toISOString(),
    agent: settings.agentName,
    extensionVersion: browser.runtime.getManifest().version,
    source,
    url: snapshot.url,
    title: snapshot.title,
    marketplace: snapshot.marketplace,
    kind: snapshot.kind,
    orderId: snapshot.orderId,
    buyerName: snapshot.buyerName,
    buyerProxyEmail: snapshot.buyerProxyEmail,
    asins: [...new Set(asins)],
    trackingIds: [...new Set(data.order?.tracking.map((t) => t.trackingId) ?? [])],
    tags: [...new Set(choice.tags)],
    note: choice.note,
    data,
    text: snapshot.text,
    masked: snapshot.masked,
    masking: snapshot.masking,
  };
}

function outcomeOf(record: CaptureRecord): CaptureOutcome {
  const { id, seq, orderId, kind, source, screenshot: shot, screenshotNote, hash } = record;
  return { id, seq, orderId, kind, source, screenshot: shot, screenshotNote, images: record.images.length, hash, masking: record.masking };
}

/**
 * One capture of a tab: the page's snapshot first (what the agent saw when asking), then the
 * screenshot, then record + images + chain + audit stored in one transaction. The result is
 * also told to the page, so captures from the shortcut or the context menu show there too.
 */
export async function captureTab(
  tab: Browser.tabs.Tab,
  source: CaptureSource,
  choice: CaptureChoice,
  known?: { snapshot: CaptureSnapshot; settings: Settings; at: Date },
): Promise<CaptureOutcome> {
  if (tab.id === undefined) throw new SellerGuardError('not-found', t('error.tabGone'));
  const tabId = tab.id;
  try {
    const settings = known?.settings ?? (await getSettings());
    const at = known?.at ?? new Date();
    const snapshot = known?.snapshot ?? (await readSnapshot(tabId, settings));
    const fullPage = source !== 'auto' && (choice.fullPage ?? settings.screenshotMode === 'full');
    const shot = await screenshot(tab, source, fullPage, settings.maskPersonalData);
    const partial = draftOf(snapshot, settings, source, choice, at);
    const draft: CaptureDraft = {
      ...partial,
      contentHash: await contentHashOf(partial),
      screenshot: shot.mode,
      screenshotNote: shot.note,
    };
    const outcome = outcomeOf(await saveCapture(draft, shot.images));
    await tellPage(tabId, { phase: 'saved', outcome });
    return outcome;
  } catch (error) {
    const failure = isQuotaError(error) ? new SellerGuardError('quota', captureNotSaved()) : error;
    await tellPage(tabId, { phase: 'failed', message: messageOf(failure) });
    throw failure;
  }
}
