/** When a page is judged again without a load; both stages of the content script follow these. */

/** Text added to a page judged unrelated before it is judged again (a live page may turn to the talks). */
export const REJUDGE_AFTER_CHARS = 2000;
/** A fresh judgement waits this long for a new page to settle after single-page navigation. */
export const SETTLE_MS = 500;
