import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// End-to-end builds (`npm run build:e2e`) grant `<all_urls>` up front, because a test cannot
// click through Chrome's permission prompt. Production builds only ever *request* it
// (optional_host_permissions) when the agent enables in-page screenshots.
const e2e = process.env.SELLER_GUARD_E2E === '1';
// SELLER_GUARD_OUT lets several developers build side by side in one tree (see tests/e2e/harness.ts).
const out = process.env.SELLER_GUARD_OUT ?? '.output';
// Rendered from public/icon/icon.svg by `npm run icons`.
const icons = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };
// Firefox gets the same Manifest V3 build (`npm run build:firefox`): the code uses browser.action,
// which Firefox's MV2 only knows as browserAction. Its MV3 has optional_host_permissions from 128.
const firefox = {
  browser_specific_settings: {
    gecko: {
      id: 'seller-guard@seller-guard.local',
      strict_min_version: '128.0',
      data_collection_permissions: { required: ['none'] },
    },
  },
};

// The extension pages' shared code lands in many small chunks (one per set of pages sharing it):
// the popup named 14 scripts, and each extension file costs Chromium's loader a few ms before the
// popup can run. Common chunks under this size are copied into the chunks that import them
// instead (Rolldown keeps one module state through its runtime); chunks holding CSS stay files.
// Only the pages' build: content scripts are single IIFE files anyway.
const INLINE_COMMON_CHUNKS_UNDER = 40 * 1024;

export default defineConfig({
  outDir: e2e ? `${out}/e2e` : out,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    // Name, description and the shortcut's description come from public/_locales (en, de, zh_CN).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'contextMenus', 'alarms'],
    host_permissions: e2e ? ['<all_urls>'] : [],
    optional_host_permissions: e2e ? [] : ['<all_urls>'],
    commands: {
      'capture-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandCapturePage__',
      },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    icons,
    action: { default_icon: icons },
    ...(browser === 'firefox' ? firefox : {}),
  }),
  webExt: { disabled: true },
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => entrypoint.name === 'popup')) return;
      const rolldown = ((config.build ??= {}).rolldownOptions ??= {});
      rolldown.preserveEntrySignatures = false;
      rolldown.output ??= {};
      for (const output of [rolldown.output].flat()) {
        output.codeSplitting = {
          experimentalInlineCommonChunks: { maxSize: INLINE_COMMON_CHUNKS_UNDER, exclude: /\.css(\?|$)/ },
        };
      }
    },
  },
});
