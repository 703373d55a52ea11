/**
 * The annotated article: the verdict and its reasons, the headline, byline, date and source link,
 * who's who, the text with its marks, a note per entry in the margin, and the timeline beside it.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { formatPackDate } from '@/components/card/format-date';
import { t } from '@/utils/i18n';
import { buildCardView, type CardView } from '@/utils/overlay/card-view';
import type { Entry, Language, Pack } from '@/utils/pack/schema';
import { HEADLINE_BLOCK } from '@/utils/reader/annotate';
import { safeHttpUrl } from '@/utils/reader/safe-url';
import type { ReaderContent } from '@/utils/reader/read-source';
import { articleTimeline, marginNotes, whosWho, type MarginNote } from '@/utils/reader/reader-views';
import { ArticleBlocks } from './ArticleBody';
import { MarginNotes } from './MarginNotes';
import { MarkedText, marksOf, type MarkContext } from './MarkedText';
import { ReaderBar } from './ReaderBar';
import { TimelinePanel } from './TimelinePanel';
import { useMarginLayout } from './use-margin-layout';
import { useReaderKeys } from './use-reader-keys';
import { VerdictBanner } from './VerdictBanner';
import { WhosWho } from './WhosWho';

type ArticleContent = Extract<ReaderContent, { kind: 'article' }>;

export function ArticleReader({ content, pack, lang }: { content: ArticleContent; pack: Pack; lang: Language }) {
  const { article, page, annotation, elsewhere } = content;
  const { mentions } = annotation;
  const entries = useMemo(() => new Map<string, Entry>(pack.entries.map((entry) => [entry.id, entry])), [pack]);
  const notes = useMemo(() => marginNotes(mentions, elsewhere), [mentions, elsewhere]);
  const cards = useMemo(() => cardViews(notes, entries, pack, lang), [notes, entries, pack, lang]);
  const found = useMemo(() => new Set(notes.map((note) => note.entryId)), [notes]);
  const [activeEntry, setActiveEntry] = useState<string | null>(null);
  const [timelineOpen, setTimelineOpen] = useState(false);
  const articleRef = useRef<HTMLElement>(null);
  const notesRef = useRef<HTMLDivElement>(null);
  useMarginLayout(articleRef, notesRef, notes);

  const notesByEntry = useMemo(() => new Map(notes.map((note) => [note.entryId, note])), [notes]);
  const openNote = (entryId: string) => {
    setActiveEntry(entryId);
    const note = document.getElementById(`note-${entryId}`);
    note?.scrollIntoView({ block: 'nearest' });
    note?.focus({ preventScroll: true });
  };
  const focusMention = (index: number) => {
    const mark = document.getElementById(`mention-${index}`);
    setActiveEntry(mentions[index]?.entryId ?? null);
    mark?.scrollIntoView({ block: 'center' });
    mark?.focus({ preventScroll: true });
  };
  const backToText = (note: MarginNote) => note.firstMention !== null && focusMention(note.firstMention);
  const mentionOrder = useMemo(() => mentions.map((mention) => mention.index), [mentions]);
  useReaderKeys({
    mentionIndexes: mentionOrder,
    focusMention,
    openNoteOf: (index) => mentions[index] && openNote(mentions[index].entryId),
    backToText: (entryId) => {
      const note = notesByEntry.get(entryId);
      if (note) backToText(note);
    },
    toggleTimeline: () => setTimelineOpen((open) => !open),
    closeTimeline: () => setTimelineOpen(false),
  });

  const context: MarkContext = {
    mentions,
    notes: notesByEntry,
    noteLabel: (note) =>
      t('readerNoteLabel', [String(note.number), cards.get(note.entryId)?.title.text ?? note.entryId]),
    activeEntry,
    onActivate: (mention) => openNote(mention.entryId),
    onOpenNote: openNote,
  };
  const published = article.published?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  // The page's own address (or what its markup claims it is): a link back only if it is plain http(s).
  const original = safeHttpUrl(article.url, '');

  return (
    <main class="reader" data-state="ready" data-mode="article" data-timeline={timelineOpen ? 'open' : 'closed'}>
      <ReaderBar>
        <button
          type="button"
          class="reader__button"
          aria-expanded={timelineOpen}
          aria-controls="reader-timeline"
          onClick={() => setTimelineOpen(!timelineOpen)}
        >
          {t('readerTimeline')}
        </button>
      </ReaderBar>
      <VerdictBanner page={page} />
      <div class="reader__layout">
        <article
          class="reader__article"
          ref={articleRef}
          lang={article.lang || undefined}
          dir={article.dir ?? undefined}
        >
          <header class="reader__head">
            {article.siteName && <p class="reader__site">{article.siteName}</p>}
            <h1 class="reader__headline">
              <MarkedText
                inlines={[{ kind: 'text', text: article.title, style: 'plain' }]}
                marks={marksOf(mentions, HEADLINE_BLOCK)}
                context={context}
              />
            </h1>
            <p class="reader__meta">
              {article.byline && <span class="reader__byline">{article.byline}</span>}
              {published && <time dateTime={published}>{formatPackDate(published, lang)}</time>}
              {original && (
                <a
                  class="reader__source"
                  href={original}
                  target="_blank"
                  rel="noopener noreferrer"
                  referrerpolicy="no-referrer"
                >
                  {t('readerOriginal')}
                </a>
              )}
            </p>
          </header>
          <WhosWho people={whosWho(notes, entries)} cards={cards} onOpenNote={openNote} />
          <ArticleBlocks blocks={article.blocks} context={context} />
        </article>
        {notes.length > 0 && (
          <MarginNotes
            notes={notes}
            cards={cards}
            entries={entries}
            activeEntry={activeEntry}
            marginRef={notesRef}
            onBackToText={backToText}
          />
        )}
      </div>
      <TimelinePanel
        rows={articleTimeline(pack.timeline, found, entries)}
        lang={lang}
        open={timelineOpen}
        onClose={() => setTimelineOpen(false)}
      />
      <p class="reader__keys">{t('readerKeys')}</p>
    </main>
  );
}

/** The talks' first day: cards show the key facts nearest to it (as the in-page card does). */
function talksStart(pack: Pack): string | null {
  return (
    pack.timeline
      .filter((event) => event.phase === 'talks')
      .map((event) => event.date)
      .sort()[0] ?? null
  );
}

function cardViews(
  notes: readonly MarginNote[],
  entries: ReadonlyMap<string, Entry>,
  pack: Pack,
  lang: Language,
): Map<string, CardView> {
  const context = { languages: pack.languages, focus: talksStart(pack) };
  const views = new Map<string, CardView>();
  for (const note of notes) {
    const entry = entries.get(note.entryId);
    if (entry) views.set(note.entryId, buildCardView(entry, lang, context));
  }
  return views;
}
