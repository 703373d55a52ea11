import type { Why } from '@/utils/engine/types';
import type { CardView, LocalText } from '@/utils/overlay/card-view';
import type { CardLabels } from './card-labels';
import { formatPackDate } from './format-date';

/** Text from the pack, marked with its language when it differs from the card's (an English fallback). */
export function Local({ text, cardLang, as: Tag = 'span' }: { text: LocalText; cardLang: string; as?: 'span' | 'p' }) {
  return <Tag lang={text.lang === cardLang ? undefined : text.lang}>{text.text}</Tag>;
}

export function KeyFacts({ view, labels }: { view: CardView; labels: CardLabels }) {
  if (view.keyFacts.length === 0) return null;
  return (
    <section class="card__section" aria-labelledby="bs-card-facts">
      <h3 id="bs-card-facts">{labels.keyFacts}</h3>
      <ul class="card__facts">
        {view.keyFacts.map((fact, index) => (
          <li key={index}>
            {fact.date && <time dateTime={fact.date}>{formatPackDate(fact.date, view.lang)}</time>}{' '}
            <Local text={fact.text} cardLang={view.lang} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SinceThen({ view, labels }: { view: CardView; labels: CardLabels }) {
  if (!view.sinceThen) return null;
  const asOf = formatPackDate(view.sinceThen.asOf, view.lang);
  return (
    <section class="card__section" aria-labelledby="bs-card-since">
      <h3 id="bs-card-since">
        {labels.sinceThen}{' '}
        <span class="card__as-of">
          (<time dateTime={view.sinceThen.asOf}>{labels.asOf(asOf)}</time>)
        </span>
      </h3>
      <Local as="p" text={view.sinceThen.text} cardLang={view.lang} />
    </section>
  );
}

export function Sources({ view, labels }: { view: CardView; labels: CardLabels }) {
  if (view.sources.length === 0) return null;
  return (
    <section class="card__section" aria-labelledby="bs-card-sources">
      <h3 id="bs-card-sources">{labels.sources}</h3>
      <ul class="card__sources">
        {view.sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.publisher}
            </a>
            {source.date && <span class="card__source-date"> · {formatPackDate(source.date, view.lang)}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The words that matched, and the rule that settled an ambiguous name (the engine writes it in English). */
export function WhyMarked({ surface, why, labels }: { surface: string; why: Why; labels: CardLabels }) {
  return (
    <section class="card__section card__why" aria-labelledby="bs-card-why">
      <h3 id="bs-card-why">{labels.whyMarked}</h3>
      <p>{labels.matched(surface)}</p>
      <p lang="en" class="card__rule">
        {why.text}
      </p>
    </section>
  );
}
