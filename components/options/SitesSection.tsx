import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { callBackground } from '@/utils/messages/send';
import type { Settings } from '@/utils/storage/settings-schema';
import type { SaveSettings } from './OptionsApp';

/** The built-in news sites, the sites the reader added (with their permissions), and sites switched off. */
export function SitesSection({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const [sites, setSites] = useState<{ builtIn: string[]; added: string[] } | null>(null);
  const load = () => void callBackground('ui/list-sites', undefined).then((reply) => reply.ok && setSites(reply.value));
  useEffect(load, []);

  const remove = async (hostname: string) => {
    await callBackground('ui/remove-site', { hostname });
    load();
  };
  const turnOn = (hostname: string) =>
    save({ ...settings, disabledSites: settings.disabledSites.filter((site) => site !== hostname) });

  return (
    <section class="options__section" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('optionsSites')}</h2>
      <h3>{t('optionsAddedSites')}</h3>
      {sites && sites.added.length === 0 && <p class="options__hint">{t('optionsNoAddedSites')}</p>}
      <ul class="options__list" data-list="added-sites">
        {sites?.added.map((hostname) => (
          <li key={hostname}>
            {hostname}{' '}
            <button type="button" onClick={() => void remove(hostname)}>
              {t('optionsRemoveSite')}
            </button>
          </li>
        ))}
      </ul>
      {settings.disabledSites.length > 0 && (
        <>
          <h3>{t('optionsSitesOff')}</h3>
          <ul class="options__list" data-list="sites-off">
            {settings.disabledSites.map((hostname) => (
              <li key={hostname}>
                {hostname}{' '}
                <button type="button" onClick={() => void turnOn(hostname)}>
                  {t('optionsTurnOn')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {sites && (
        <details>
          <summary>{t('optionsBuiltInSites', String(sites.builtIn.length))}</summary>
          <ul class="options__columns">
            {sites.builtIn.map((domain) => (
              <li key={domain}>{domain}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
