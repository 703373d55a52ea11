import { defineContentScript } from '#imports';
// The marks' `::highlight()` rules: WXT lists this file as the content script's manifest `css`.
import '@/assets/styles/highlights.css';
import { startContentScript } from '@/utils/content/start-content-script';
import { newsSiteMatches } from '@/utils/sites/news-sites';

export default defineContentScript({
  matches: newsSiteMatches(),
  runAt: 'document_idle',
  main: startContentScript,
});
