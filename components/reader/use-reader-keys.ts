/** The reader page's keys (see `utils/reader/keyboard.ts`), applied to the page's marks and notes. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { readerKey, stepIndex } from '@/utils/reader/keyboard';

export interface ReaderKeyHandlers {
  /** Indexes of the focusable mentions (the first piece of each), in document order. */
  mentionIndexes: readonly number[];
  focusMention(index: number): void;
  openNoteOf(mentionIndex: number): void;
  backToText(noteEntry: string): void;
  toggleTimeline(): void;
  closeTimeline(): void;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function useReaderKeys(handlers: ReaderKeyHandlers): void {
  const current = useRef(handlers);
  current.current = handlers;
  const position = useRef<number | null>(null);

  // A layout effect: the keys work as soon as the article is on screen.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const mark = target?.closest<HTMLElement>('mark.mention[id]');
      const note = target?.closest<HTMLElement>('.note');
      const key = readerKey({
        key: event.key,
        ctrlKey: event.ctrlKey,
        altKey: event.altKey,
        metaKey: event.metaKey,
        typing: isTyping(event.target),
        onMention: mark != null,
        inNote: note != null,
        inTimeline: target?.closest('.timeline-panel') != null,
      });
      if (!key) return;
      event.preventDefault();
      const { mentionIndexes } = current.current;
      if (key.kind === 'step') {
        const here = mark ? mentionIndexes.indexOf(Number(mark.dataset.mention)) : position.current;
        const next = stepIndex(here === -1 ? null : here, key.by, mentionIndexes.length);
        if (next === null) return;
        position.current = next;
        current.current.focusMention(mentionIndexes[next]!);
      } else if (key.kind === 'open-note' && mark) {
        current.current.openNoteOf(Number(mark.dataset.mention));
      } else if (key.kind === 'back-to-text' && note?.dataset.entry) {
        current.current.backToText(note.dataset.entry);
      } else if (key.kind === 'toggle-timeline') {
        current.current.toggleTimeline();
      } else if (key.kind === 'close-timeline') {
        current.current.closeTimeline();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
