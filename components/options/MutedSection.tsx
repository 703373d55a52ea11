import type { Pack } from '@/utils/pack/schema';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { packLanguage, pick } from '@/utils/popup/pack-language';
import type { Settings } from '@/utils/storage/settings-schema';
import type { SaveSettings } from './OptionsApp';

interface Props {
  settings: Settings;
  save: SaveSettings;
  pack: Pack;
}

/** Entries the reader does not want marked: everywhere, or on one site. */
export function MutedSection({ settings, save, pack }: Props) {
  const lang = packLanguage(browser.i18n.getUILanguage());
  const titleOf = (id: string) => {
    const entry = pack.entries.find((item) => item.id === id);
    return entry ? pick(entry.title, lang) : id;
  };
  const sites = Object.entries(settings.mutedBySite).filter(([, ids]) => ids.length > 0);
  const unmuteEverywhere = (id: string) =>
    save({ ...settings, mutedEverywhere: settings.mutedEverywhere.filter((muted) => muted !== id) });
  const unmuteOn = (site: string, id: string) =>
    save({
      ...settings,
      mutedBySite: { ...settings.mutedBySite, [site]: (settings.mutedBySite[site] ?? []).filter((m) => m !== id) },
    });
  const candidates = [...pack.entries]
    .filter((entry) => !settings.mutedEverywhere.includes(entry.id))
    .sort((a, b) => pick(a.title, lang).localeCompare(pick(b.title, lang)));

  return (
    <section class="options__section" aria-labelledby="muted-title">
      <h2 id="muted-title">{t('optionsMuted')}</h2>
      <h3>{t('optionsMutedEverywhere')}</h3>
      {settings.mutedEverywhere.length === 0 && <p class="options__hint">{t('optionsNothingMuted')}</p>}
      <ul class="options__list" data-list="muted-everywhere">
        {settings.mutedEverywhere.map((id) => (
          <li key={id}>
            {titleOf(id)}{' '}
            <button type="button" onClick={() => void unmuteEverywhere(id)}>
              {t('optionsUnmute')}
            </button>
          </li>
        ))}
      </ul>
      <label class="options__row">
        <select
          value=""
          aria-label={t('optionsMuteAdd')}
          onChange={(event) => {
            const id = event.currentTarget.value;
            if (id) void save({ ...settings, mutedEverywhere: [...settings.mutedEverywhere, id] });
          }}
        >
          <option value="">{t('optionsMuteAdd')}</option>
          {candidates.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {pick(entry.title, lang)}
            </option>
          ))}
        </select>
      </label>
      {sites.map(([site, ids]) => (
        <div key={site}>
          <h3>{t('optionsMutedOnSite', site)}</h3>
          <ul class="options__list">
            {ids.map((id) => (
              <li key={id}>
                {titleOf(id)}{' '}
                <button type="button" onClick={() => void unmuteOn(site, id)}>
                  {t('optionsUnmute')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
