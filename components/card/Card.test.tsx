// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCardView } from '@/utils/overlay/card-view';
import { RYABKOV } from '@/utils/overlay/testing/card-entries';
import { Card } from './Card';
import { CARD_LABELS } from './card-labels';
import { formatPackDate } from './format-date';

const why = { matched: 'Ryabkov', via: 'alias' as const, lang: 'en' as const, text: 'name “Ryabkov”' };
const context = { languages: ['en', 'ru', 'uk', 'de', 'fr'] as const, focus: '2022-01-10' };

function show(lang: 'en' | 'ru', overrides: Partial<Parameters<typeof Card>[0]> = {}) {
  const container = document.createElement('div');
  document.body.append(container);
  const props = {
    content: { state: 'ready' as const, view: buildCardView(RYABKOV, lang, context) },
    lang,
    surface: 'Ryabkov',
    why,
    muted: false,
    onClose: vi.fn(),
    onMute: vi.fn(),
    onShowInTimeline: vi.fn(),
    ...overrides,
  };
  render(<Card {...props} />, container);
  return { container, props };
}

describe('the card', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows the entry’s title, role at the time, why it matters, key facts and since then', () => {
    const { container } = show('en');
    expect(container.querySelector('h2')?.textContent).toBe('Sergei Ryabkov');
    expect(container.textContent).toContain("Russia's Deputy Foreign Minister");
    expect(container.textContent).toContain('He set out Moscow’s demands');
    expect(container.querySelectorAll('.card__facts li')).toHaveLength(3);
    expect(container.querySelector('.card__facts time')?.getAttribute('datetime')).toBe('2021-12-17');
    expect(container.textContent).toContain('Since then');
    expect(container.textContent).toContain(`as of ${formatPackDate('2026-03-07', 'en')}`);
  });

  it('links its sources safely, in a new tab', () => {
    const { container } = show('en');
    const links = [...container.querySelectorAll('.card__sources a')];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    }
  });

  it('says why the words were marked', () => {
    const { container } = show('en');
    const whyMarked = container.querySelector('.card__why')!;
    expect(whyMarked.textContent).toContain('Marked for “Ryabkov”');
    expect(whyMarked.querySelector('[lang="en"]')?.textContent).toBe('name “Ryabkov”');
  });

  it('speaks the card’s language, and marks English fallbacks as English', () => {
    const { container } = show('ru');
    expect(container.querySelector('h2')?.textContent).toBe('Сергей Рябков');
    expect(container.textContent).toContain(CARD_LABELS.ru.whyItMatters);
    expect(container.querySelector('p[lang="en"]')?.textContent).toContain('He set out Moscow’s demands');
  });

  it('offers "don’t mark this here" and the timeline, and says when the entry is muted', () => {
    const { container, props } = show('en');
    const buttons = [...container.querySelectorAll('button')];
    buttons.find((button) => button.textContent === CARD_LABELS.en.muteHere)!.click();
    buttons.find((button) => button.textContent === CARD_LABELS.en.showInTimeline)!.click();
    buttons.find((button) => button.getAttribute('aria-label') === CARD_LABELS.en.close)!.click();
    expect(props.onMute).toHaveBeenCalledOnce();
    expect(props.onShowInTimeline).toHaveBeenCalledOnce();
    expect(props.onClose).toHaveBeenCalledOnce();

    const muted = show('en', { muted: true }).container;
    expect(muted.textContent).toContain(CARD_LABELS.en.muted);
  });

  it('shows the marked words while the card is loading', () => {
    const { container } = show('en', { content: { state: 'loading' } });
    expect(container.querySelector('h2')?.textContent).toBe('Ryabkov');
    expect(container.textContent).toContain(CARD_LABELS.en.loading);
  });
});

describe('pack dates on the card', () => {
  it('are written the card’s way, as precise as the pack is', () => {
    expect(formatPackDate('1997', 'en')).toBe('1997');
    expect(formatPackDate('2022-01', 'en')).toMatch(/January 2022/);
    expect(formatPackDate('2022-01-10', 'ru')).toMatch(/10 янв/);
    expect(formatPackDate('2022-01-10', 'en')).toMatch(/10/);
  });
});
