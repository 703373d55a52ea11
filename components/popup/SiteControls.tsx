import { useState } from 'preact/hooks';
import type { Language, Pack } from '@/utils/pack/schema';
import { t } from '@/utils/i18n';
import { pick } from '@/utils/popup/pack-language';
import type { PageStatus } from '@/utils/popup/page-status';
import { annotateOnce, requestSite, setSiteEnabled, unmuteHere } from '@/utils/popup/site-actions';
import { siteKey } from '@/utils/storage/settings-schema';

interface Props {
  status: PageStatus;
  pack: Pack;
  lang: Language;
  onChange: () => void;
}

/** `annotateOnce` answers false where the browser would not let it run (a browser page, a store page). */
const mustSucceed = (done: boolean) => {
  if (!done) throw new Error('the page could not be annotated');
};

/** Where Backstory works: this site on or off, enable it here, annotate once, and what is muted here. */
export function SiteControls({ status, pack, lang, onChange }: Props) {
  if (!('target' in status)) return null;
  const { target, settings } = status;
  const hostname = target.hostname;
  const muted = hostname ? (settings.mutedBySite[siteKey(hostname)] ?? []) : [];
  const titleOf = (id: string) => {
    const entry = pack.entries.find((item) => item.id === id);
    return entry ? pick(entry.title, lang) : id;
  };
  const running = status.kind === 'reported';
  const [failed, setFailed] = useState(false);
  /** Runs a control's action; one that fails says so instead of doing nothing. */
  const act = (action: Promise<unknown>) => {
    setFailed(false);
    void action
      .catch((error: unknown) => {
        console.warn('Backstory: the popup could not do that', error);
        setFailed(true);
      })
      .then(onChange);
  };

  return (
    <footer class="controls">
      {failed && (
        <p class="controls__problem" role="alert">
          {t('siteActionFailed')}
        </p>
      )}
      {hostname && (target.builtIn || running || status.kind === 'site-off') && (
        <label class="controls__row">
          <input
            type="checkbox"
            checked={status.kind !== 'site-off'}
            onChange={(event) => act(setSiteEnabled(hostname, event.currentTarget.checked))}
          />
          {t('siteToggle', siteKey(hostname))}
        </label>
      )}
      {status.kind === 'not-running' && (
        <div class="controls__row">
          {hostname && !target.builtIn && (
            <button type="button" onClick={() => act(requestSite(hostname))}>
              {t('enableSite')}
            </button>
          )}
          <button type="button" onClick={() => act(annotateOnce(target.tabId).then(mustSucceed))}>
            {t('annotateOnce')}
          </button>
        </div>
      )}
      {hostname && muted.length > 0 && (
        <details class="controls__muted">
          <summary>
            {t('mutedHere')} ({muted.length})
          </summary>
          <ul>
            {muted.map((id) => (
              <li key={id}>
                {titleOf(id)}{' '}
                <button type="button" class="popup__link" onClick={() => act(unmuteHere(hostname, id))}>
                  {t('unmute')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </footer>
  );
}
