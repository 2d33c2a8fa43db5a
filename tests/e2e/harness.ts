/// <reference types="chrome" />
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { fixtureResponse } from '../fixtures/site';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// SELLER_GUARD_OUT lets several developers build and test side by side in one tree.
const OUT = process.env.SELLER_GUARD_OUT ?? '.output';
export const BUILDS = { production: `${OUT}/chrome-mv3`, e2e: `${OUT}/e2e/chrome-mv3` } as const;
const SELLER_CENTRAL = /^https:\/\/sellercentral(-europe|-japan)?\.amazon\.[a-z.]+\//;

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Requests that tried to leave for anything but Seller Central or the extension itself. */
  foreignRequests: string[];
  /** Whether the welcome page opened by itself on install (it is closed again unless keepWelcome). */
  welcomeOpenedOnInstall: boolean;
  /** Requests answered from the fixtures, in order (`METHOD url`). */
  sellerCentralRequests: string[];
  open(url: string): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  openPopup(forPage: Page): Promise<Page>;
  openOptions(): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Headless unless false (`npm run demo` shows the window when there is a display). */
  headless?: boolean;
  /** The page size; null lets pages follow the window (headed demo). Default 1280×800. */
  viewport?: { width: number; height: number } | null;
  /** Leave the welcome page that opens on install open (default: close it, as an agent would). */
  keepWelcome?: boolean;
  /**
   * The browser's UI language, e.g. `de-DE`: Playwright's `locale` (navigator.language,
   * Accept-Language) plus LANGUAGE and --lang, which on Linux decide what
   * `chrome.i18n.getUILanguage()` answers. Needs Chromium's locale packs (chromium-l10n).
   */
  locale?: string;
  /**
   * Exact origins (e.g. a team server the test started on loopback, `http://127.0.0.1:PORT`)
   * whose requests go to the network; every other non-Seller-Central request is still blocked
   * and recorded as foreign.
   */
  allowOrigins?: readonly string[];
  /** The browser's time zone (Playwright's `timezoneId`, e.g. `Etc/GMT+8`), for pages that show local times. */
  timezoneId?: string;
}

const LOCALE_PACKS = process.env.CHROMIUM_LOCALES ?? '/usr/lib/chromium/locales';

/** Chromium's UI in `locale`: fails loudly when its locale pack is not installed. */
function uiLanguage(locale: string | undefined): { env?: Record<string, string>; args: string[] } {
  if (!locale) return { args: [] };
  const primary = locale.split('-')[0]!;
  const packs = [`${locale}.pak`, `${primary}.pak`];
  if (!primary.startsWith('en') && !packs.some((pack) => existsSync(join(LOCALE_PACKS, pack)))) {
    throw new Error(`Chromium has no ${locale} interface in ${LOCALE_PACKS}. Install it: apt-get install -y chromium-l10n`);
  }
  const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return { env: { ...env, LANGUAGE: locale.replace('-', '_') }, args: [`--lang=${locale}`] };
}

/**
 * Launch Debian's Chromium with the built extension loaded, Seller Central answered from
 * tests/fixtures, and every other host refused and recorded. Fails loudly, never skips,
 * when Chromium or the build is missing. The end-to-end suite, `npm run demo` and
 * `npm run screenshots` all start Chromium here.
 */
export async function launchExtension(build: keyof typeof BUILDS = 'production', options: LaunchOptions = {}): Promise<Harness> {
  const extensionPath = resolve(BUILDS[build]);
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it: apt-get install -y chromium`);
  }
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionPath}. Run: npm run ${build === 'e2e' ? 'build:e2e' : 'build'}`);
  }
  const language = uiLanguage(options.locale);
  const userDataDir = mkdtempSync(join(tmpdir(), 'seller-guard-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    ...(language.env ? { env: language.env } : {}),
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...language.args,
    ],
  });
  const foreignRequests: string[] = [];
  const sellerCentralRequests: string[] = [];
  const allowOrigins = new Set(options.allowOrigins ?? []);
  const allowed = (url: string) => URL.canParse(url) && allowOrigins.has(new URL(url).origin);
  // Extension pages load their own files over chrome-extension://; only the web is routed.
  await context.route((url) => !/^(chrome-extension|data|blob):/.test(url.href), async (route) => {
    const request = route.request();
    const url = request.url();
    if (allowed(url)) return route.continue();
    if (!SELLER_CENTRAL.test(url)) {
      foreignRequests.push(url);
      return route.abort('blockedbyclient');
    }
    sellerCentralRequests.push(`${request.method()} ${url}`);
    const answer = fixtureResponse(new URL(url), request.method(), request.postData() ?? undefined);
    if (!answer) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
    return route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body });
  });
  context.on('request', (request) => {
    const url = request.url();
    const local = /^(chrome-extension|data|blob):/.test(url);
    if (!local && !allowed(url) && !SELLER_CENTRAL.test(url) && !foreignRequests.includes(url)) foreignRequests.push(url);
  });

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const welcome = await welcomeTab(context, extensionId);
  if (welcome && !options.keepWelcome) await welcome.close();

  const harness: Harness = {
    context,
    extensionId,
    worker,
    welcomeOpenedOnInstall: welcome !== null,
    foreignRequests,
    sellerCentralRequests,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async tabIdOf(page) {
      await page.bringToFront();
      const id = await worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
      if (id < 0) throw new Error('Could not find the tab id of the page');
      return id;
    },
    async openPopup(forPage) {
      const tabId = await harness.tabIdOf(forPage);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return popup;
    },
    async openOptions() {
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      return options;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** The welcome page the extension opens on install (waits up to 15 s for it), or null. */
async function welcomeTab(context: BrowserContext, extensionId: string): Promise<Page | null> {
  const isWelcome = (page: Page) => page.url() === `chrome-extension://${extensionId}/welcome.html`;
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const found = context.pages().find(isWelcome);
    if (found) return found;
    await new Promise((settle) => setTimeout(settle, 200)); // polls: a new tab shows about:blank first
  }
  return null;
}
