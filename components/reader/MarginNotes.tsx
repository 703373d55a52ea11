/**
 * The margin: a note per entry, level with its first mention on wide screens, a stacked list on
 * narrow ones and footnotes in print. Entries the page names outside the article's text follow,
 * under their own heading.
 */
import type { RefObject } from 'preact';
import { t } from '@/utils/i18n';
import type { CardView } from '@/utils/overlay/card-view';
import type { Entry } from '@/utils/pack/schema';
import type { MarginNote } from '@/utils/reader/reader-views';
import { NoteCard } from './NoteCard';

interface Props {
  notes: readonly MarginNote[];
  cards: ReadonlyMap<string, CardView>;
  entries: ReadonlyMap<string, Entry>;
  activeEntry: string | null;
  marginRef: RefObject<HTMLElement>;
  onBackToText(note: MarginNote): void;
}

export function MarginNotes({ notes, cards, entries, activeEntry, marginRef, onBackToText }: Props) {
  const anchored = notes.filter((note) => note.firstMention !== null);
  const elsewhere = notes.filter((note) => note.firstMention === null);
  const card = (note: MarginNote) => {
    const view = cards.get(note.entryId);
    const entry = entries.get(note.entryId);
    return view && entry ? (
      <NoteCard
        key={note.entryId}
        note={note}
        view={view}
        entry={entry}
        active={activeEntry === note.entryId}
        onBackToText={note.firstMention === null ? undefined : () => onBackToText(note)}
      />
    ) : null;
  };
  return (
    <aside class="reader__margin" aria-labelledby="reader-notes-title">
      <h2 id="reader-notes-title" class="reader__margin-title">
        {t('readerNotes')}
      </h2>
      <div class="reader__notes" ref={marginRef as RefObject<HTMLDivElement>}>
        {anchored.map(card)}
      </div>
      {elsewhere.length > 0 && (
        <section class="reader__elsewhere" aria-labelledby="reader-elsewhere-title">
          <h2 id="reader-elsewhere-title" class="reader__margin-title">
            {t('readerAlsoOnPage')}
          </h2>
          {elsewhere.map(card)}
        </section>
      )}
    </aside>
  );
}
