/**
 * An overlay made on first need: until the store holds a mention there is nothing to paint, move to
 * or show, so a page that mentions nothing (most pages) never creates the marks, the card machinery
 * or their listeners, nor pays for compiling them.
 */
import type { MentionStore } from './mention-store';
import type { Overlay } from './overlay';

export function lazyOverlay(store: MentionStore, create: () => Overlay): Overlay {
  let overlay: Overlay | null = null;
  const wanted = () => overlay ?? (store.all().length > 0 ? (overlay = create()) : null);
  return {
    refresh: () => wanted()?.refresh(),
    move: (direction) => wanted()?.move(direction) ?? false,
    showEntry: (entryId) => wanted()?.showEntry(entryId) ?? false,
    dispose() {
      overlay?.dispose();
      overlay = null;
    },
  };
}
