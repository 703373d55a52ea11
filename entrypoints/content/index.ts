import needs from 'virtual:backstory/needs';
import { defineContentScript } from '#imports';
import { startScout } from '@/utils/content/start-scout';
import { CONTENT_SCRIPT_RUN_AT, newsSiteMatches } from '@/utils/sites/news-sites';

export default defineContentScript({
  matches: newsSiteMatches(),
  runAt: CONTENT_SCRIPT_RUN_AT,
  // WXT tells an older copy of the script that a new one started with a DOM event; its extra
  // window.postMessage reached the page's own message listeners (and took ~27 ms in Chromium).
  noScriptStartedPostMessage: true,
  // The first stage; the second (entrypoints/content-full.ts) is loaded only where a page needs it.
  main: (ctx) => startScout(ctx, needs),
});
