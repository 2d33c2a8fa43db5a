import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageAddress } from '../../../rules/page/page-kind';
import type { PageInfo } from '../../../utils/protocol';

/**
 * One visit to one Seller Central page. SPA navigation ends the session (its `signal`
 * aborts) and starts a new one, so every listener, observer, timer and UI registered
 * through the session disappears with the page it belonged to.
 */
export interface PageSession {
  ctx: ContentScriptContext;
  signal: AbortSignal;
  url: URL;
  address: PageAddress;
  /** What the reader currently sees; null until the first read. */
  current(): PageInfo | null;
  /**
   * Read the page again now, without the debounce, once the page's JSON (if it has one) has
   * come: for an action that records what the page shows when the agent takes it.
   */
  readNow(): Promise<PageInfo | null>;
  /** Called now (if read already) and on every change of the page's information. */
  onPageInfo(listener: (info: PageInfo) => void): void;
}

export interface Feature {
  name: string;
  /** Page kinds the feature runs on. */
  runsOn: readonly PageAddress['kind'][];
  start(session: PageSession): void | Promise<void>;
}
