import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage } from './detect-page';
import type { Feature, PageSession } from './page-session';
import { watchPageInfo } from './page-watcher';

let currentSession: PageSession | null = null;

/** The session of the page on screen (for message handlers answering the popup). */
export function activeSession(): PageSession | null {
  return currentSession;
}

/**
 * Start every feature for the current page, and again after each SPA navigation. The
 * previous page's session is aborted first, which removes its UI and listeners. A feature
 * that throws or rejects is logged and left stopped; the others run on.
 */
export function startFeatures(ctx: ContentScriptContext, features: readonly Feature[]): void {
  let controller: AbortController | null = null;
  let lastHref = '';

  const startPage = () => {
    if (location.href === lastHref) return;
    lastHref = location.href;
    controller?.abort();
    controller = new AbortController();
    const signal = controller.signal;
    const url = new URL(location.href);
    const address = detectPage(document, url);
    const watcher = watchPageInfo(document, url, address, signal, { afterNavigation: currentSession !== null });
    const session: PageSession = { ctx, signal, url, address, ...watcher };
    currentSession = session;
    for (const feature of features) {
      if (!feature.runsOn.includes(address.kind)) continue;
      try {
        Promise.resolve(feature.start(session)).catch((error: unknown) => report(feature, error));
      } catch (error) {
        report(feature, error);
      }
    }
  };

  ctx.onInvalidated(() => controller?.abort());
  ctx.addEventListener(window, 'wxt:locationchange', startPage);
  // The Navigation API reports SPA navigations at once; wxt:locationchange polls each second.
  (window as { navigation?: EventTarget }).navigation?.addEventListener('currententrychange', startPage, {
    signal: ctx.signal,
  });
  ctx.addEventListener(window, 'popstate', startPage);
  startPage();
}

function report(feature: Feature, error: unknown): void {
  console.error(`[Seller Guard] feature "${feature.name}" stopped:`, error);
}
