import { defineUnlistedScript } from '#imports';
import { provideFullScript } from '@/utils/content/full-script';
import { startFullScript } from '@/utils/content/start-full-script';

// The content script's second stage: evaluating it hands its start function to the first stage.
export default defineUnlistedScript(() => provideFullScript(startFullScript));
