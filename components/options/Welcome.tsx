import { t } from '@/utils/i18n';

export function Welcome() {
  return (
    <section class="options__welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{t('welcomeTitle')}</h2>
      <p>{t('welcomeWhat')}</p>
      <p>{t('welcomeHow')}</p>
    </section>
  );
}
