/**
 * "Explain with Backstory": the selected words with their marks, then a card for each entry named
 * in them, or a plain sentence when none is.
 */
import { useMemo } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { buildCardView } from '@/utils/overlay/card-view';
import type { Language, Pack } from '@/utils/pack/schema';
import type { ReaderMention } from '@/utils/reader/annotate';
import type { ReaderContent } from '@/utils/reader/read-source';
import { marginNotes } from '@/utils/reader/reader-views';
import { safeHttpUrl } from '@/utils/reader/safe-url';
import { selectionParagraphs } from '@/utils/reader/selection-text';
import { MarkedText, marksOf, type MarkContext } from './MarkedText';
import { NoteCard } from './NoteCard';
import { ReaderBar } from './ReaderBar';

type SelectionContent = Extract<ReaderContent, { kind: 'selection' }>;

export function SelectionReader({ content, pack, lang }: { content: SelectionContent; pack: Pack; lang: Language }) {
  const { paragraphs, mentions } = useMemo(() => selectionParagraphs(content.text, content.mentions), [content]);
  const notes = useMemo(() => marginNotes(mentions, []), [mentions]);
  const byId = useMemo(() => new Map(pack.entries.map((entry) => [entry.id, entry])), [pack]);
  const views = useMemo(() => {
    const focus =
      pack.timeline
        .filter((event) => event.phase === 'talks')
        .map((event) => event.date)
        .sort()[0] ?? null;
    return new Map(
      notes.flatMap((note) => {
        const entry = byId.get(note.entryId);
        return entry ? [[note.entryId, buildCardView(entry, lang, { languages: pack.languages, focus })] as const] : [];
      }),
    );
  }, [notes, pack, byId, lang]);
  const focusNote = (entryId: string) => document.getElementById(`note-${entryId}`)?.focus();
  const context: MarkContext = {
    mentions,
    notes: new Map(notes.map((note) => [note.entryId, note])),
    noteLabel: (note) =>
      t('readerNoteLabel', [String(note.number), views.get(note.entryId)?.title.text ?? note.entryId]),
    activeEntry: null,
    onActivate: (mention: ReaderMention) => focusNote(mention.entryId),
    onOpenNote: focusNote,
  };
  const back = safeHttpUrl(content.url, '');

  return (
    <main class="reader reader--selection" data-state="ready" data-mode="selection">
      <ReaderBar />
      <h1 class="reader__selection-title">{t('readerSelectionTitle')}</h1>
      <blockquote class="reader__selection" lang={content.lang || undefined}>
        {paragraphs.map((inlines, index) => (
          <p key={index}>
            <MarkedText inlines={inlines} marks={marksOf(mentions, index)} context={context} />
          </p>
        ))}
      </blockquote>
      {back && (
        <p class="reader__meta">
          <a class="reader__source" href={back} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">
            {t('readerOriginal')}
          </a>
        </p>
      )}
      {notes.length === 0 ? (
        <p class="reader__empty">{t('readerSelectionNothing')}</p>
      ) : (
        <section class="reader__selection-notes" aria-labelledby="selection-notes-title">
          <h2 id="selection-notes-title">{t('readerSelectionFound')}</h2>
          {notes.map((note) => {
            const view = views.get(note.entryId);
            const entry = byId.get(note.entryId);
            return view && entry ? (
              <NoteCard key={note.entryId} note={note} view={view} entry={entry} active={false} />
            ) : null;
          })}
        </section>
      )}
    </main>
  );
}
