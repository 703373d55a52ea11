/** Why there is no article to show, and the way back: never a blank page. */
import { t, type MessageKey } from '@/utils/i18n';
import type { ExtractFailure } from '@/utils/reader/extract';
import { safeHttpUrl } from '@/utils/reader/safe-url';

export type ReaderProblem = ExtractFailure | 'gone';

const EXPLANATION: Record<ReaderProblem, MessageKey> = {
  'not-an-article': 'readerNotArticle',
  'no-text': 'readerNoText',
  unreadable: 'readerUnreadable',
  gone: 'readerGone',
};

export function ReaderMessage({ problem, url, title }: { problem: ReaderProblem; url?: string; title?: string }) {
  const back = safeHttpUrl(url, '');
  return (
    <main class="reader reader--message" data-state="failed" data-problem={problem}>
      <h1>{t(problem === 'gone' ? 'readerGoneTitle' : 'readerFailedTitle')}</h1>
      {title && <p class="reader__message-page">{title}</p>}
      <p>{t(EXPLANATION[problem])}</p>
      {back && (
        <p>
          <a class="reader__back" href={back} rel="noopener noreferrer" referrerpolicy="no-referrer">
            {t('readerBack')}
          </a>
        </p>
      )}
    </main>
  );
}
