import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Pack } from '@/utils/pack/schema';
import { t } from '@/utils/i18n';
import { packLanguage } from '@/utils/popup/pack-language';
import { loadPageStatus, type PageStatus } from '@/utils/popup/page-status';
import { watchSettings } from '@/utils/storage/settings';
import { handleUiCalls } from '@/utils/messages/handle';
import { OpenReaderButton } from '@/components/reader/OpenReaderButton';
import { EntryDetail } from './EntryDetail';
import { FoundList } from './FoundList';
import { SearchPanel } from './SearchPanel';
import { SiteControls } from './SiteControls';
import { StatusSection } from './StatusSection';
import { Tabs } from './Tabs';
import { TimelineList } from './TimelineList';

type Selection = { entryId: string } | null;

/** A card's "show in the timeline" opens the popup at `?entry=<id>#timeline`. */
const requested = new URLSearchParams(location.search).get('entry') ?? undefined;
const TIMELINE_TAB = 1;
const PENDING_POLL_MS = 300;

export function PopupApp({ pack }: { pack: Pack }) {
  const [status, setStatus] = useState<PageStatus>({ kind: 'loading' });
  const [selection, setSelection] = useState<Selection>(null);
  const lang = useMemo(() => packLanguage(browser.i18n.getUILanguage()), []);
  const refresh = useCallback(() => void loadPageStatus().then(setStatus), []);
  useEffect(() => {
    refresh();
    const stopWatching = watchSettings(refresh);
    const stopListening = handleUiCalls({ 'background/page-updated': refresh });
    return () => {
      stopWatching();
      stopListening();
    };
  }, [refresh]);

  // A page tells the background only verdicts that show: while it is still judging, ask it again.
  const pending = status.kind === 'reported' && status.report.verdict === 'pending';
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(refresh, PENDING_POLL_MS);
    return () => clearTimeout(timer);
  }, [status, pending, refresh]);

  const found = status.kind === 'reported' ? status.report.found : {};
  const tabId = 'target' in status ? status.target.tabId : undefined;
  const selected = selection && pack.entries.find((entry) => entry.id === selection.entryId);

  return (
    <main class="popup" aria-busy={status.kind === 'loading'}>
      <header class="popup__header">
        <h1 class="popup__title">{t('popupTitle')}</h1>
        <button type="button" class="popup__link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </header>
      <StatusSection status={status} />
      <OpenReaderButton tabId={tabId} />
      {selected ? (
        <EntryDetail
          entry={selected}
          lang={lang}
          mentions={found[selected.id] ?? 0}
          tabId={tabId}
          onBack={() => setSelection(null)}
        />
      ) : (
        <Tabs
          initial={location.hash === '#timeline' ? TIMELINE_TAB : 0}
          labels={[t('popupTabPage'), t('popupTabTimeline'), t('popupTabSearch')]}
          panels={[
            () => (
              <FoundList pack={pack} status={status} lang={lang} onChoose={(entryId) => setSelection({ entryId })} />
            ),
            () => (
              <TimelineList
                pack={pack}
                found={found}
                lang={lang}
                focusEntry={requested}
                onChoose={(entryId) => setSelection({ entryId })}
              />
            ),
            () => <SearchPanel pack={pack} lang={lang} onChoose={(entryId) => setSelection({ entryId })} />,
          ]}
        />
      )}
      <SiteControls status={status} pack={pack} lang={lang} onChange={refresh} />
    </main>
  );
}
