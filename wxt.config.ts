import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { compileHints } from './utils/build/compile-hints';
import { backstoryPack } from './utils/pack/vite-plugin';
import { newsSiteMatches } from './utils/sites/news-sites';

/**
 * Firefox 140 (an ESR line) is the first release with the CSS Custom Highlight API, which draws the
 * marks without touching the page's DOM, and with `data_collection_permissions`, which declares to
 * the reader that Backstory collects nothing.
 */
const FIREFOX_MIN_VERSION = '140.0';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the engine also runs in Node (CLI, tests) where nothing is auto-imported.
  imports: false,
  // The fact pack is validated at every build; a pack that does not validate fails the build. The
  // content script's second stage is compiled as it loads, not function by function during the first
  // analysis (see compile-hints.ts).
  vite: () => ({
    plugins: [preact(), backstoryPack({ dir: 'packs/geneva-2022' }), compileHints(['content-full.js'])],
  }),
  // Mozilla's reviewers rebuild from the sources zip: everything the build needs, nothing it does not.
  zip: { excludeSources: ['corpus/**', 'demo-output/**', 'e2e-output/**', '.notes/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    // storage: settings, and (session storage, memory only) the page copies the annotated reader opens.
    // activeTab + scripting: "annotate this page once", sites the reader adds, and reading a page or a
    // selection for the reader where the content script does not run. contextMenus: "Open in Backstory's
    // annotated reader" on a page and "Explain with Backstory" on selected text (Firefox calls it `menus`
    // and accepts this name).
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    // Any other site only when the reader asks for it, one site at a time, from the popup.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    // The content script's second stage (utils/content/full-script.ts), imported by its first stage
    // on the listed sites only, and in Chromium only at a per-session address that pages cannot guess
    // (Firefox's extension addresses are per install already).
    web_accessible_resources: [
      {
        resources: ['content-full.js', 'content-card.js'],
        matches: newsSiteMatches(),
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Move between marks from the keyboard; the reader can change the keys in the browser's settings.
    commands: {
      'next-mention': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_commandNextMention__' },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_commandPreviousMention__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.example',
              strict_min_version: FIREFOX_MIN_VERSION,
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads `data_collection_permissions` from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
