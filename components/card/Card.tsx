/**
 * The card's content: what the entry was at the time, why it matters here, a few dated facts,
 * what happened since (with its as-of date), sources, why the words were marked, and the reader's
 * actions. Rendered inside Backstory's shadow root; all text goes through Preact, never as HTML.
 */
import type { Why } from '@/utils/engine/types';
import type { CardView } from '@/utils/overlay/card-view';
import type { Language } from '@/utils/pack/schema';
import { CARD_LABELS } from './card-labels';
import { KeyFacts, Local, SinceThen, Sources, WhyMarked } from './CardSections';

export type CardContent = { state: 'ready'; view: CardView } | { state: 'loading' } | { state: 'unavailable' };

export interface CardProps {
  content: CardContent;
  lang: Language;
  surface: string;
  why: Why;
  muted: boolean;
  onClose(): void;
  onMute(): void;
  onShowInTimeline(): void;
}

export function Card(props: CardProps) {
  const labels = CARD_LABELS[props.lang];
  const { content } = props;
  const view = content.state === 'ready' ? content.view : null;
  return (
    <div class="card__body">
      <header class="card__header">
        {view && <p class="card__kind">{labels.kinds[view.kind]}</p>}
        <h2
          id="bs-card-title"
          class="card__title"
          lang={view && view.title.lang !== props.lang ? view.title.lang : undefined}
        >
          {view ? view.title.text : props.surface}
        </h2>
        {view && <Local as="p" text={view.role} cardLang={props.lang} />}
        <button
          type="button"
          class="card__close"
          aria-label={labels.close}
          title={labels.close}
          onClick={props.onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {content.state === 'loading' && <p class="card__status">{labels.loading}</p>}
      {content.state === 'unavailable' && <p class="card__status">{labels.unavailable}</p>}
      {view && (
        <>
          <section class="card__section" aria-labelledby="bs-card-why-matters">
            <h3 id="bs-card-why-matters">{labels.whyItMatters}</h3>
            <Local as="p" text={view.whyItMatters} cardLang={props.lang} />
          </section>
          <KeyFacts view={view} labels={labels} />
          <SinceThen view={view} labels={labels} />
          <Sources view={view} labels={labels} />
        </>
      )}
      <WhyMarked surface={props.surface} why={props.why} labels={labels} />
      <footer class="card__actions">
        {props.muted ? (
          <p class="card__status" role="status">
            {labels.muted}
          </p>
        ) : (
          <button type="button" class="card__action" onClick={props.onMute}>
            {labels.muteHere}
          </button>
        )}
        <button type="button" class="card__action card__action--link" onClick={props.onShowInTimeline}>
          {labels.showInTimeline}
        </button>
      </footer>
    </div>
  );
}
