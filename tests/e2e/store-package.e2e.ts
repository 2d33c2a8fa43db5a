import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SELLER_CENTRAL_MATCHES } from '../../rules/page/hosts';

// The packages a store receives, built exactly as the README says (`npm run zip`,
// `npm run build:firefox`), into a folder of their own so the suite's builds stay untouched.
const PERMISSIONS = ['storage', 'unlimitedStorage', 'activeTab', 'contextMenus', 'alarms'];
const ICON_SIZES = ['16', '32', '48', '128'];

/** The manifest keys these tests read. */
interface Manifest {
  manifest_version: number;
  name: string;
  permissions: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts: Array<{ matches: string[] }>;
  background: unknown;
  icons: Record<string, string>;
  action: { default_icon?: Record<string, string> };
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: unknown } };
}

let out: string;
let chromeZip: Record<string, Uint8Array>;
let chrome: Manifest;
let firefox: Manifest;

function npmRun(script: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, SELLER_GUARD_OUT: out };
  delete env.SELLER_GUARD_E2E;
  execFileSync('npm', ['run', '-s', script], { env, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): [number, number] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'seller-guard-store-'));
  npmRun('zip');
  npmRun('build:firefox');
  const zipName = readdirSync(out).find((name) => name.endsWith('-chrome.zip'));
  if (!zipName) throw new Error(`npm run zip wrote no *-chrome.zip into ${out}: ${readdirSync(out).join(', ')}`);
  chromeZip = unzipSync(readFileSync(join(out, zipName)));
  chrome = JSON.parse(new TextDecoder().decode(chromeZip['manifest.json']));
  firefox = JSON.parse(readFileSync(join(out, 'firefox-mv3/manifest.json'), 'utf8'));
}, 180_000);
afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('Chrome Web Store package (npm run zip)', () => {
  it('holds the built extension only: no source maps, sources or tests', () => {
    const names = Object.keys(chromeZip);
    expect(names).toContain('manifest.json');
    expect(names).toContain('background.js');
    expect(names).toContain('content-scripts/sellercentral.js');
    expect(names.filter((name) => /\.map$|\.tsx?$|(^|\/)tests?\/|\.e2e\.|\.test\./.test(name))).toEqual([]);
    const code = names.filter((name) => name.endsWith('.js')).map((name) => new TextDecoder().decode(chromeZip[name]));
    expect(code.filter((text) => text.includes('sourceMappingURL'))).toEqual([]);
  });

  it('asks for <all_urls> only as an optional permission and runs on Seller Central only', () => {
    const manifest = chrome;
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(PERMISSIONS);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['<all_urls>']);
    expect(manifest.content_scripts.flatMap((script) => script.matches).sort()).toEqual(
      [...SELLER_CENTRAL_MATCHES].sort(),
    );
  });

  it('shows the real icon at every size in the toolbar and the store', () => {
    const manifest = chrome;
    expect(Object.keys(manifest.icons)).toEqual(ICON_SIZES);
    expect(manifest.action.default_icon).toEqual(manifest.icons);
    for (const size of ICON_SIZES) {
      const file = chromeZip[manifest.icons[size]!];
      expect(file, `icon ${size}`).toBeDefined();
      expect(pngSize(file!)).toEqual([Number(size), Number(size)]);
    }
  });
});

describe('Firefox build (npm run build:firefox)', () => {
  it('is a Manifest V3 build named Seller Guard with a gecko id', () => {
    expect(firefox.manifest_version).toBe(3);
    expect(firefox.name).toBe('Seller Guard');
    expect(firefox.browser_specific_settings?.gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(firefox.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    // Firefox runs MV3 backgrounds as event pages: scripts, not a service worker.
    expect(firefox.background).toMatchObject({ scripts: ['background.js'] });
  });

  it('asks for the same permissions as Chrome, with <all_urls> only optional and as a host permission', () => {
    expect(firefox.permissions).toEqual(PERMISSIONS);
    expect(firefox.host_permissions ?? []).toEqual([]);
    expect(firefox.optional_host_permissions).toEqual(['<all_urls>']);
    // In MV3, Firefox reads optional hosts from optional_host_permissions only.
    expect(firefox.optional_permissions ?? []).toEqual([]);
    expect(JSON.stringify(firefox.permissions)).not.toContain('<all_urls>');
  });

  it('runs its content script on the Seller Central hosts only', () => {
    const matches = firefox.content_scripts.flatMap((script) => script.matches);
    expect([...matches].sort()).toEqual([...SELLER_CENTRAL_MATCHES].sort());
  });
});
