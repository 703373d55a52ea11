/**
 * Places the margin notes beside their first mentions (`layoutNotes`), and again whenever the text
 * or a note changes size (a window resize, an image shown, a note opened). Under the wide layout's
 * breakpoint the notes are a plain stacked list and keep no positions.
 */
import { useLayoutEffect } from 'preact/hooks';
import type { RefObject } from 'preact';
import { columnHeight, layoutNotes } from '@/utils/reader/margin-layout';

export const WIDE_LAYOUT = '(min-width: 760px)';

export function useMarginLayout(article: RefObject<HTMLElement>, margin: RefObject<HTMLElement>, key: unknown): void {
  useLayoutEffect(() => {
    const text = article.current;
    const column = margin.current;
    if (!text || !column) return;
    const wide = window.matchMedia(WIDE_LAYOUT);
    let frame = 0;

    const place = () => {
      frame = 0;
      const notes = [...column.querySelectorAll<HTMLElement>('.note')];
      if (!wide.matches) {
        for (const note of notes) note.style.removeProperty('top');
        column.style.removeProperty('min-height');
        return;
      }
      const origin = column.getBoundingClientRect().top;
      const boxes = notes.map((note) => {
        const anchor =
          note.dataset.anchor === undefined ? null : document.getElementById(`mention-${note.dataset.anchor}`);
        return { anchorTop: anchor ? anchor.getBoundingClientRect().top - origin : 0, height: note.offsetHeight };
      });
      const tops = layoutNotes(boxes);
      notes.forEach((note, i) => note.style.setProperty('top', `${tops[i]}px`));
      column.style.setProperty('min-height', `${columnHeight(boxes, tops)}px`);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(place);
    };

    place();
    const observer = new ResizeObserver(schedule);
    observer.observe(text);
    for (const note of column.querySelectorAll('.note')) observer.observe(note);
    wide.addEventListener('change', schedule);
    return () => {
      observer.disconnect();
      wide.removeEventListener('change', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [article, margin, key]);
}
