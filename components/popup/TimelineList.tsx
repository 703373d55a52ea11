import { useEffect, useRef } from 'preact/hooks';
import type { Language, Pack } from '@/utils/pack/schema';
import { t } from '@/utils/i18n';
import { pick } from '@/utils/popup/pack-language';
import { timelineRows } from '@/utils/popup/pack-views';
import { formatPackDate } from '@/components/card/format-date';

interface Props {
  pack: Pack;
  found: Record<string, number>;
  lang: Language;
  /** An entry whose events are picked out and scrolled to (from a card's "show in the timeline"). */
  focusEntry?: string;
  onChoose: (entryId: string) => void;
}

/** The episode from the pack, with the events this page touches picked out. */
export function TimelineList({ pack, found, lang, focusEntry, onChoose }: Props) {
  const byId = new Map(pack.entries.map((entry) => [entry.id, entry]));
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    list.current?.querySelector('[data-focus=true]')?.scrollIntoView({ block: 'center' });
  }, [focusEntry]);
  return (
    <ol class="timeline" ref={list}>
      {timelineRows(pack, found).map(({ event, onThisPage }) => (
        <li
          key={event.id}
          id={`event-${event.id}`}
          class="timeline__event"
          data-on-page={onThisPage}
          data-focus={focusEntry !== undefined && event.entries.includes(focusEntry)}
        >
          <time dateTime={event.date} class="timeline__date">
            {formatPackDate(event.date, lang)}
          </time>
          <span class="timeline__title">
            {pick(event.title, lang)}
            {onThisPage && <span class="timeline__badge"> · {t('onThisPage')}</span>}
          </span>
          <span class="timeline__entries" aria-label={t('timelineEventEntries')}>
            {event.entries.map((id) => {
              const entry = byId.get(id);
              return entry ? (
                <button key={id} type="button" class="timeline__entry" onClick={() => onChoose(id)}>
                  {pick(entry.title, lang)}
                </button>
              ) : null;
            })}
          </span>
        </li>
      ))}
    </ol>
  );
}
