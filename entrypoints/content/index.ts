import { defineContentScript } from '#imports';
import { startContentScript } from '@/utils/content/start-content-script';
import { newsSiteMatches } from '@/utils/sites/news-sites';

export default defineContentScript({
  matches: newsSiteMatches(),
  runAt: 'document_idle',
  main: startContentScript,
});
