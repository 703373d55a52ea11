/**
 * The card's UI in a file of its own (`content-card.js`): the second stage marks the page without it
 * and loads it the first time the reader reaches for a card (the pointer on a mark, a tap, the
 * keyboard). Like the second stage, it is web-accessible to the listed sites only, and the
 * background runs it first where it injects the content script.
 */
import type { CardUi } from '../overlay/card-ui';
import { scriptLoader } from './load-script';
import { CARD_SCRIPT_PATH } from './script-handoff';

/** The card's UI, importing its file unless it already ran in this world. */
export const loadCardUi = scriptLoader<CardUi>(CARD_SCRIPT_PATH, 'the card');
