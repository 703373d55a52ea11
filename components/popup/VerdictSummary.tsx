import { t, type MessageKey } from '@/utils/i18n';
import type { PageReport } from '@/utils/messages/contract';

const VERDICT_TEXT: Record<PageReport['verdict'], MessageKey> = {
  about: 'verdictAbout',
  related: 'verdictRelated',
  unrelated: 'verdictUnrelated',
  pending: 'verdictPending',
};

export function VerdictSummary({ report }: { report: PageReport }) {
  const found = Object.keys(report.found).length;
  return (
    <>
      <p class="popup__active">{t('popupActive')}</p>
      <p class="popup__verdict" data-verdict={report.verdict}>
        {t(VERDICT_TEXT[report.verdict])}
      </p>
      {report.reasons.length > 0 && (
        <ul class="popup__reasons">
          {report.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {found > 0 && <p class="popup__count">{t('foundCount', String(found))}</p>}
    </>
  );
}
