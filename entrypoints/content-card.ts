import { defineUnlistedScript } from '#imports';
import { cardUi } from '@/components/card/card-ui';
import { CARD_SCRIPT_PATH, handOver } from '@/utils/content/script-handoff';

// The card's UI, loaded the first time a page wants a card (utils/content/card-script.ts): evaluating
// it hands the UI over.
export default defineUnlistedScript(() => handOver(CARD_SCRIPT_PATH, cardUi));
