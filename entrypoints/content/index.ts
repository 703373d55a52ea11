import { defineContentScript } from '#imports';
import { startContentScript } from '@/utils/content/start-content-script';
import { CONTENT_SCRIPT_RUN_AT, newsSiteMatches } from '@/utils/sites/news-sites';

export default defineContentScript({
  matches: newsSiteMatches(),
  runAt: CONTENT_SCRIPT_RUN_AT,
  main: startContentScript,
});
