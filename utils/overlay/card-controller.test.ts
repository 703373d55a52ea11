// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardLayerProps } from '@/components/card/render-card-layer';
import { createCardController, type CardControllerOptions } from './card-controller';
import type { CardUi } from './card-ui';
import type { CardView } from './card-view';
import type { TrackedMention } from './mention-store';

const VIEW = { title: { text: 'Sergei Ryabkov' } } as unknown as CardView;

function mention(): TrackedMention {
  document.body.innerHTML = '<p>Sergei Ryabkov spoke.</p>';
  const range = document.createRange();
  range.setStart(document.body.firstChild!.firstChild!, 0);
  range.setEnd(document.body.firstChild!.firstChild!, 14);
  return {
    entryId: 'sergei-ryabkov',
    kind: 'person',
    surface: 'Sergei Ryabkov',
    why: { matched: 'Sergei Ryabkov', via: 'alias', lang: 'en', text: 'named' },
    range,
  };
}

/** A card UI that records what it was asked to draw, into a host of plain elements. */
function fakeUi() {
  const drawn: Array<CardLayerProps | null> = [];
  const hosts: HTMLElement[] = [];
  const ui: CardUi = {
    css: '.card { color: black }',
    render: (_container, props) => void drawn.push(props),
    announce: (_lang, title) => `Card: ${title}`,
  };
  const createHost = async (css: string) => {
    expect(css).toBe(ui.css);
    const host = document.createElement('backstory-ui');
    document.documentElement.append(host);
    hosts.push(host);
    return { host, container: host, ensureAttached: () => undefined, remove: () => host.remove() };
  };
  return { ui, drawn, hosts, createHost };
}

function controller(loadUi: () => Promise<CardUi>, createHost: CardControllerOptions['createHost']) {
  return createCardController({
    ctx: { isInvalid: false } as ContentScriptContext,
    loadUi,
    createHost,
    loadCard: async () => VIEW,
    language: () => 'en',
    isMuted: () => false,
    mute: async () => undefined,
    showInTimeline: () => undefined,
    onClosed: () => undefined,
  });
}

describe('the card controller', () => {
  it('loads the card’s UI once, when it is first prepared for, and draws the card with it', async () => {
    const { ui, drawn, hosts, createHost } = fakeUi();
    const loadUi = vi.fn(async () => ui);
    const cards = controller(loadUi, createHost);
    expect(loadUi).not.toHaveBeenCalled();
    cards.prepare();
    cards.prepare();
    expect(loadUi).toHaveBeenCalledTimes(1);
    // Preparing loads the code only: nothing is put on the page before a card opens.
    await Promise.resolve();
    expect(hosts).toHaveLength(0);

    const target = mention();
    await cards.show(target, 'hover');
    await cards.show(target, 'pointer');
    expect(loadUi).toHaveBeenCalledTimes(1);
    expect(hosts).toHaveLength(1);
    expect(cards.current).toBe(target);
    expect(drawn.at(-1)?.open?.content).toEqual({ state: 'ready', view: VIEW });

    cards.dispose();
    expect(drawn.at(-1)).toBeNull();
    expect(hosts[0]!.isConnected).toBe(false);
  });

  it('shows no card when the UI fails to load, and loads it again the next time', async () => {
    const { ui, drawn, createHost } = fakeUi();
    const loadUi = vi.fn<() => Promise<CardUi>>().mockRejectedValueOnce(new Error('gone')).mockResolvedValue(ui);
    const cards = controller(loadUi, createHost);
    const target = mention();
    await cards.show(target, 'hover');
    expect(cards.current).toBeNull();
    expect(cards.host).toBeNull();
    await cards.show(target, 'hover');
    expect(loadUi).toHaveBeenCalledTimes(2);
    expect(cards.current).toBe(target);
    expect(drawn.at(-1)?.open?.key).toBe('sergei-ryabkov');
  });

  it('announces a card opened from the keyboard in the UI’s words', async () => {
    vi.useFakeTimers();
    try {
      const { ui, drawn, createHost } = fakeUi();
      const cards = controller(async () => ui, createHost);
      await cards.show(mention(), 'keyboard');
      await vi.advanceTimersByTimeAsync(200);
      expect(drawn.at(-1)?.announcement).toBe('Card: Sergei Ryabkov');
    } finally {
      vi.useRealTimers();
    }
  });
});
