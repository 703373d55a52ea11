import { useMemo, useState } from 'preact/hooks';
import type { Language, Pack } from '@/utils/pack/schema';
import { t } from '@/utils/i18n';
import { pick } from '@/utils/popup/pack-language';
import { createPackSearch } from '@/utils/popup/search-pack';

interface Props {
  pack: Pack;
  lang: Language;
  onChoose: (entryId: string) => void;
}

/** Search over every card in the pack, offline, in any of its languages. */
export function SearchPanel({ pack, lang, onChoose }: Props) {
  const search = useMemo(() => createPackSearch(pack), [pack]);
  const [query, setQuery] = useState('');
  const hits = useMemo(() => search(query), [search, query]);
  return (
    <div class="search">
      <label class="search__label" for="search-input">
        {t('searchLabel')}
      </label>
      <input
        id="search-input"
        class="search__input"
        type="search"
        value={query}
        placeholder={t('searchPlaceholder')}
        autoComplete="off"
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      <ul class="search__results" aria-live="polite">
        {query.trim().length >= 2 && hits.length === 0 && <li class="popup__empty">{t('searchNoResults')}</li>}
        {hits.slice(0, 30).map(({ entry }) => (
          <li key={entry.id}>
            <button type="button" class="search__hit" data-entry={entry.id} onClick={() => onChoose(entry.id)}>
              <span class="search__title">{pick(entry.title, lang)}</span>
              <span class="search__summary">{pick(entry.summary, lang)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
