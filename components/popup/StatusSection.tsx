import { t, type MessageKey } from '@/utils/i18n';
import type { PageReport } from '@/utils/messages/contract';
import type { PageStatus } from '@/utils/popup/page-status';

const VERDICT_TEXT: Record<PageReport['verdict'], MessageKey> = {
  about: 'verdictAbout',
  related: 'verdictRelated',
  unrelated: 'verdictUnrelated',
  pending: 'verdictPending',
};

/** One line on what Backstory makes of the page, with its reasons; the same height in every state. */
export function StatusSection({ status }: { status: PageStatus }) {
  return (
    <section class="popup__status" aria-live="polite" data-status={status.kind}>
      <StatusText status={status} />
    </section>
  );
}

function StatusText({ status }: { status: PageStatus }) {
  switch (status.kind) {
    case 'loading':
      return <p>{t('popupLoading')}</p>;
    case 'disabled':
      return <p>{t('popupDisabled')}</p>;
    case 'unsupported':
      return <p>{t('popupUnsupported')}</p>;
    case 'site-off':
      return <p>{t('popupSiteOff')}</p>;
    case 'not-running':
      return (
        <>
          <p>{t('popupNotRunning')}</p>
          <p class="popup__hint">{t('popupNotRunningHint')}</p>
        </>
      );
    case 'reported':
      return (
        <>
          <p class="popup__active">{t('popupActive')}</p>
          <p class="popup__verdict" data-verdict={status.report.verdict}>
            {t(VERDICT_TEXT[status.report.verdict])}
          </p>
          {status.report.reasons.length > 0 && (
            <details class="popup__reasons">
              <summary>{t('reasonsTitle')}</summary>
              <ul>
                {status.report.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </details>
          )}
        </>
      );
  }
}
