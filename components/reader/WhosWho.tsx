/**
 * Everyone the article names: their names in one line, and, opened, who each was at the time, each
 * linked to their note.
 */
import { t } from '@/utils/i18n';
import type { CardView } from '@/utils/overlay/card-view';
import type { Entry } from '@/utils/pack/schema';

interface Props {
  people: Entry[];
  cards: ReadonlyMap<string, CardView>;
  onOpenNote(entryId: string): void;
}

export function WhosWho({ people, cards, onOpenNote }: Props) {
  const named = people.flatMap((person) => {
    const view = cards.get(person.id);
    return view ? [{ person, view }] : [];
  });
  if (named.length === 0) return null;
  return (
    <details class="whos-who">
      <summary>
        <strong>{t('readerWhosWho')}:</strong> {named.map(({ view }) => view.title.text).join(', ')}
      </summary>
      <ul>
        {named.map(({ person, view }) => (
          <li key={person.id} data-entry={person.id} lang={view.lang}>
            <a
              href={`#note-${person.id}`}
              class="whos-who__name"
              onClick={(event) => {
                event.preventDefault();
                onOpenNote(person.id);
              }}
            >
              {view.title.text}
            </a>{' '}
            <span class="whos-who__role" lang={view.role.lang === view.lang ? undefined : view.role.lang}>
              {view.role.text}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
