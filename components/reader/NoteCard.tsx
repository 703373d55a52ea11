/**
 * One margin note: an entry's card as the reader page shows it, beside the text. The card's content
 * and words are the in-page card's (`buildCardView`, `CARD_LABELS`); the layout is the margin's: the
 * entry's one-line summary, and behind "more" its role at the time, why it matters, dated facts, what
 * happened since and the sources. Ids are per entry, so many notes can share one page.
 */
import { CARD_LABELS } from '@/components/card/card-labels';
import { Local } from '@/components/card/CardSections';
import { formatPackDate } from '@/components/card/format-date';
import { t } from '@/utils/i18n';
import type { CardView } from '@/utils/overlay/card-view';
import type { Entry } from '@/utils/pack/schema';
import type { MarginNote } from '@/utils/reader/reader-views';

interface Props {
  note: MarginNote;
  view: CardView;
  entry: Entry;
  active: boolean;
  onBackToText?: () => void;
}

export function NoteCard({ note, view, entry, active, onBackToText }: Props) {
  const labels = CARD_LABELS[view.lang];
  const id = `note-${note.entryId}`;
  return (
    <article
      id={id}
      class="note"
      tabIndex={-1}
      lang={view.lang}
      data-entry={note.entryId}
      data-kind={view.kind}
      data-anchor={note.firstMention ?? undefined}
      data-active={active ? 'true' : undefined}
      aria-labelledby={`${id}-title`}
    >
      <header class="note__header">
        <span class="note__number" aria-hidden="true">
          {note.number}
        </span>
        <p class="note__kind">{labels.kinds[view.kind]}</p>
        <h2 id={`${id}-title`} class="note__title">
          {view.title.text}
        </h2>
      </header>
      <p class="note__summary">{entry.summary[view.lang]}</p>
      <details class="note__more">
        <summary>
          {labels.whyItMatters} · {labels.keyFacts} · {labels.sources}
        </summary>
        <Local as="p" text={view.role} cardLang={view.lang} />
        <p class="note__why">
          <strong>{labels.whyItMatters}: </strong>
          <Local text={view.whyItMatters} cardLang={view.lang} />
        </p>
        {view.keyFacts.length > 0 && (
          <ul class="note__facts">
            {view.keyFacts.map((fact, index) => (
              <li key={index}>
                {fact.date && <time dateTime={fact.date}>{formatPackDate(fact.date, view.lang)}</time>}{' '}
                <Local text={fact.text} cardLang={view.lang} />
              </li>
            ))}
          </ul>
        )}
        {view.sinceThen && (
          <p class="note__since">
            <strong>
              {labels.sinceThen} ({labels.asOf(formatPackDate(view.sinceThen.asOf, view.lang))}):{' '}
            </strong>
            <Local text={view.sinceThen.text} cardLang={view.lang} />
          </p>
        )}
        <ul class="note__sources" aria-label={labels.sources}>
          {view.sources.map((source) => (
            <li key={source.url}>
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.publisher}
              </a>
              {source.date && <span> · {formatPackDate(source.date, view.lang)}</span>}
            </li>
          ))}
        </ul>
      </details>
      {onBackToText && (
        <button type="button" class="note__back reader__link" onClick={onBackToText}>
          {t('readerBackToText')}
        </button>
      )}
    </article>
  );
}
