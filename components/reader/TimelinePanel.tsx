/** The episode's timeline beside the article, the article's own events picked out. */
import { useEffect, useRef } from 'preact/hooks';
import { formatPackDate } from '@/components/card/format-date';
import { t } from '@/utils/i18n';
import type { Language } from '@/utils/pack/schema';
import { pickText } from '@/utils/overlay/card-view';
import type { TimelineRow } from '@/utils/reader/reader-views';

interface Props {
  rows: TimelineRow[];
  lang: Language;
  open: boolean;
  onClose(): void;
}

export function TimelinePanel({ rows, lang, open, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  return (
    <aside id="reader-timeline" class="timeline-panel" hidden={!open} aria-labelledby="timeline-title">
      <header class="timeline-panel__header">
        <h2 id="timeline-title" tabIndex={-1} ref={heading}>
          {t('readerTimeline')}
        </h2>
        <button type="button" class="reader__button" onClick={onClose}>
          {t('readerCloseTimeline')}
        </button>
      </header>
      <ol class="timeline-panel__events">
        {rows.map(({ event, own, named }) => {
          const title = pickText(event.title, lang);
          return (
            <li
              key={event.id}
              class="timeline-panel__event"
              data-event={event.id}
              data-own={own ? 'true' : undefined}
              data-named={named.length > 0 ? 'true' : undefined}
            >
              <time dateTime={event.date}>{formatPackDate(event.date, lang)}</time>
              <span lang={title.lang === lang ? undefined : title.lang}>{title.text}</span>
              {own && <span class="timeline-panel__badge">{t('readerInThisArticle')}</span>}
            </li>
          );
        })}
      </ol>
    </aside>
  );
}
