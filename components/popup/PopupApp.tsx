import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { loadPageStatus, type PageStatus } from '@/utils/popup/page-status';
import { VerdictSummary } from './VerdictSummary';

export function PopupApp() {
  const [status, setStatus] = useState<PageStatus>({ kind: 'loading' });
  useEffect(() => {
    void loadPageStatus().then(setStatus);
  }, []);

  return (
    <main class="popup" aria-busy={status.kind === 'loading'}>
      <header class="popup__header">
        <h1 class="popup__title">{t('popupTitle')}</h1>
        <button type="button" class="popup__link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </header>
      <section class="popup__status" aria-live="polite" data-status={status.kind}>
        <StatusBody status={status} />
      </section>
    </main>
  );
}

function StatusBody({ status }: { status: PageStatus }) {
  switch (status.kind) {
    case 'loading':
      return <p>{t('popupLoading')}</p>;
    case 'disabled':
      return <p>{t('popupDisabled')}</p>;
    case 'unsupported':
      return <p>{t('popupUnsupported')}</p>;
    case 'not-running':
      return (
        <>
          <p>{t('popupNotRunning')}</p>
          <p class="popup__hint">{t('popupNotRunningHint')}</p>
        </>
      );
    case 'reported':
      return <VerdictSummary report={status.report} />;
  }
}
