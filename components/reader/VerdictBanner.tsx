/** What Backstory makes of the page, with its reasons: the same verdict the popup shows for it. */
import { t, type MessageKey } from '@/utils/i18n';
import type { PageJudgement } from '@/utils/reader/read-source';

const VERDICT_TEXT: Record<PageJudgement['verdict'], MessageKey> = {
  about: 'verdictAbout',
  related: 'verdictRelated',
  unrelated: 'verdictUnrelated',
};

export function VerdictBanner({ page }: { page: PageJudgement }) {
  return (
    <section class="reader__verdict" data-verdict={page.verdict} aria-labelledby="reader-verdict">
      <p id="reader-verdict" class="reader__verdict-text">
        {t(VERDICT_TEXT[page.verdict])}
        {page.verdict === 'unrelated' && <> {t('readerNothingMarked')}</>}
      </p>
      {page.reasons.length > 0 && (
        <details class="reader__reasons">
          <summary>{t('reasonsTitle')}</summary>
          <ul lang="en">
            {page.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
