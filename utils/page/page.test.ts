// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../engine/index';
import { FIXTURE_NAMES } from '../engine/testing/names-fixture';
import { analyzeDocument, analyzeDocumentSliced } from './index';

const engine = createEngine(FIXTURE_NAMES);

const ARTICLE = `
  <header class="site-header"><a href="/">The Daily</a><nav><a>World</a> <a>Sergei Ryabkov profile</a></nav></header>
  <main>
    <article>
      <h1>Ryabkov and Sherman open talks in Geneva</h1>
      <p class="standfirst">The Strategic Stability Dialogue resumes.</p>
      <p>GENEVA, Jan 10 (Reuters) - Deputy Foreign Minister Sergei <b>Ryabkov</b> met Wendy <i>Sher</i>man.</p>
      <p>Sergei</p><p>Ryabkov said NATO must return to its 1997 origins.</p>
      <script>var x = "Sergei Ryabkov";</script>
      <style>.Ryabkov { color: red }</style>
      <textarea>Sergei Ryabkov</textarea>
      <div contenteditable="true">Sergei Ryabkov</div>
      <div data-backstory-ui><span>Sergei Ryabkov</span></div>
      <figure><figcaption>Wendy Sherman in Geneva.</figcaption></figure>
      <aside class="related"><a>Ryabkov: another story</a></aside>
    </article>
  </main>
  <footer>About Sergei Ryabkov</footer>`;

const DATED = '<meta property="article:published_time" content="2022-01-10T12:00:00Z">';

function load(body: string, head = DATED, title = 'Talks in Geneva'): Document {
  document.head.innerHTML = `<title>${title}</title>${head}`;
  document.body.innerHTML = body;
  return document;
}

describe('analyzeDocument', () => {
  beforeEach(() => load(ARTICLE));

  it('finds mentions across inline markup and maps each to an exact Range', () => {
    const result = analyzeDocument(document, engine);
    expect(result.verdict).toBe('about');
    for (const mention of result.mentions) expect(mention.range().toString()).toBe(mention.surface);
    const surfaces = result.mentions.map((mention) => mention.surface);
    expect(surfaces).toContain('Deputy Foreign Minister Sergei Ryabkov');
    expect(surfaces).toContain('Wendy Sherman');
  });

  it('reports only the article: not navigation, footers, sidebars, scripts, form fields, editable regions or its own UI', () => {
    const result = analyzeDocument(document, engine);
    const article = document.querySelector('article')!;
    const aside = article.querySelector('aside')!;
    for (const mention of result.mentions) {
      const node = mention.range().startContainer;
      expect(article.contains(node)).toBe(true);
      expect(aside.contains(node)).toBe(false);
    }
    expect(result.mentions.filter((mention) => mention.entryId === 'sergei-ryabkov')).toHaveLength(3);
  });

  it('does not match a name across paragraphs', () => {
    const result = analyzeDocument(document, engine);
    const split = result.mentions.find((mention) => mention.range().startContainer.textContent === 'Sergei');
    expect(split).toBeUndefined();
  });

  it('labels zones: headline, standfirst, body, caption', () => {
    const zones = new Set(analyzeDocument(document, engine).mentions.map((mention) => mention.zone));
    expect([...zones].sort()).toEqual(['body', 'caption', 'headline', 'standfirst']);
  });

  it('answers which mention is at a text position', () => {
    const result = analyzeDocument(document, engine);
    const bold = document.querySelector('b')!.firstChild!;
    expect(result.mentionAt(bold, 2)?.surface).toBe('Deputy Foreign Minister Sergei Ryabkov');
    const italic = document.querySelector('i')!.firstChild!;
    expect(result.mentionAt(italic, 0)?.surface).toBe('Wendy Sherman');
    const standfirst = document.querySelector('.standfirst')!.firstChild!;
    expect(result.mentionAt(standfirst, 0)).toBeNull();
  });

  it('reads the publication date from the page metadata', () => {
    expect(analyzeDocument(document, engine).published).toMatchObject({
      year: 2022,
      month: 1,
      day: 10,
      source: 'meta',
    });
    load(
      ARTICLE,
      '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-05-02"}]}</script>',
    );
    expect(analyzeDocument(document, engine)).toMatchObject({
      published: { year: 2023, month: 5, day: 2, source: 'json-ld' },
    });
    load(ARTICLE, '<link rel="canonical" href="https://news.example/world/2022/01/11/talks">');
    expect(analyzeDocument(document, engine).published).toMatchObject({ year: 2022, month: 1, day: 11, source: 'url' });
  });

  it('leaves the page exactly as it was', () => {
    const before = document.body.innerHTML;
    analyzeDocument(document, engine);
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('zones from class names', () => {
  it('reads a paragraph classed "teaser" as the standfirst, and a box of more stories as no part of the article', () => {
    load(`<main><article><h1>Ryabkov meets Sherman</h1><p class="ma-teaser">Sergei Ryabkov and Wendy Sherman met.</p>
      <p>Ryabkov said the talks were hard.</p></article>
      <section class="rfm-mehr-videos"><a>Ryabkov im Interview</a></section>
      <div class="news-teaser"><a>Ryabkov, again</a></div></main>`);
    const zones = analyzeDocument(document, engine).mentions.map((mention) => `${mention.zone}: ${mention.surface}`);
    expect(zones).toEqual([
      'headline: Ryabkov',
      'headline: Sherman',
      'standfirst: Sergei Ryabkov',
      'standfirst: Wendy Sherman',
      'body: Ryabkov',
    ]);
  });

  it('keeps a caption of a video above the article in the article', () => {
    load(`<main><div class="video"><p class="video-unterzeile">Video: Sergei Ryabkov in Geneva</p></div>
      <article><h1>Ryabkov and Sherman meet</h1><p>Wendy Sherman met Sergei Ryabkov.</p><p>Ryabkov spoke.</p></article></main>`);
    const caption = analyzeDocument(document, engine).mentions.find((mention) => mention.zone === 'caption');
    expect(caption?.surface).toBe('Sergei Ryabkov');
  });
});

describe('the main content', () => {
  it('weighs a paragraph by its text, however many links and emphases it holds', () => {
    // Each inline element inside a paragraph shares the paragraph's decisions; its text counts once.
    const linked = Array.from({ length: 4 }, (_, i) => `<a href="/${i}">linked words</a> <em>stressed</em>`).join(' ');
    const plain = 'Sergei Ryabkov met Wendy Sherman in Geneva for the talks. '.repeat(3);
    load(`<article id="story"><h1>Ryabkov and Sherman meet</h1><p>${plain}</p><p>${plain}</p></article>
      <article id="more"><p>${linked}</p><p>${linked}</p></article>`);
    expect(analyzeDocument(document, engine).stats.main).toBe('article#story');
  });
});

describe('a fragment of a page already judged', () => {
  it("reports the fragment's mentions by the page's verdict, not its own", () => {
    load(ARTICLE, DATED, 'Live: world news');
    const entry = document.createElement('p');
    entry.textContent = '12:05 Sherman left the building.';
    document.querySelector('article')!.append(entry);
    const alone = analyzeDocument(document, engine, { root: entry, firstLook: false });
    expect(alone.verdict).toBe('unrelated');
    const withPage = analyzeDocument(document, engine, { root: entry, firstLook: false, pageVerdict: 'about' });
    expect(withPage.verdict).toBe('about');
    expect(withPage.mentions.map((mention) => [mention.surface, mention.why.rule])).toEqual([
      ['Sherman', 'onPageJudged'],
    ]);
  });
});

describe('the first look', () => {
  const BUS_LANES = '<main><h1>Bus lanes approved</h1><p>The council voted for new bus lanes.</p></main>';

  it('stops on a clearly unrelated page without reading further', () => {
    load(BUS_LANES, DATED, 'Bus lanes');
    const result = analyzeDocument(document, engine);
    expect(result).toMatchObject({ verdict: 'unrelated', stoppedEarly: true, mentions: [] });
    expect(result.stats.textNodes).toBe(0);
  });

  it('rules the page out by the prefilter before the index exists, and by the scan once it does', () => {
    const fresh = createEngine(FIXTURE_NAMES);
    load(BUS_LANES, DATED, 'Bus lanes');
    const before = analyzeDocument(document, fresh);
    expect(fresh.hasIndex).toBe(false);
    void fresh.index;
    expect(fresh.hasIndex).toBe(true);
    const after = analyzeDocument(document, fresh);
    expect(after).toMatchObject({ verdict: 'unrelated', stoppedEarly: true, reasons: before.reasons });
  });

  it('goes on when the top of the page names something from the pack', () => {
    load(ARTICLE);
    expect(analyzeDocument(document, engine).stoppedEarly).toBe(false);
  });
});

describe('analyzeDocumentSliced', () => {
  it('gives the same result as the one-go analysis, yielding between slices', async () => {
    load(ARTICLE.repeat(30));
    const whole = analyzeDocument(document, engine);
    let yields = 0;
    const sliced = await analyzeDocumentSliced(document, engine, {
      sliceMs: 0,
      yieldToPage: async () => {
        yields++;
      },
    });
    expect(yields).toBeGreaterThan(0);
    expect(sliced.mentions.map((mention) => [mention.entryId, mention.start, mention.end])).toEqual(
      whole.mentions.map((mention) => [mention.entryId, mention.start, mention.end]),
    );
  });

  it('says when it starts reading a page in full, only for a page whose first look found something, and waits for the answer', async () => {
    const told: string[] = [];
    let answered = false;
    const onFullLook = async () => {
      told.push(document.title);
      await new Promise((resolve) => setTimeout(resolve, 50));
      answered = true;
    };
    load('<main><h1>Bus lanes approved</h1><p>The council voted for new bus lanes.</p></main>', DATED, 'Bus lanes');
    expect((await analyzeDocumentSliced(document, engine, { onFullLook })).stoppedEarly).toBe(true);
    load(ARTICLE);
    const result = await analyzeDocumentSliced(document, engine, { onFullLook });
    expect(answered).toBe(true);
    expect(result.mentions.length).toBeGreaterThan(0);
    expect(told).toEqual(['Talks in Geneva']);
  });

  it('says so before the index is built, so a page left there never pays for it', async () => {
    const fresh = createEngine(FIXTURE_NAMES);
    load(ARTICLE);
    const built: boolean[] = [];
    await analyzeDocumentSliced(document, fresh, { onFullLook: async () => void built.push(fresh.hasIndex) });
    expect(built).toEqual([false]);
    expect(fresh.hasIndex).toBe(true);
  });

  it('lets a title that may name something stand for the whole first look in the prefilter', async () => {
    const looked = (title: string) => {
      const fresh = createEngine(FIXTURE_NAMES);
      const prefiltered: number[] = [];
      const counting: Engine = Object.create(fresh);
      counting.mayMention = (doc, to) => {
        prefiltered.push(doc.buffer.length);
        return fresh.mayMention(doc, to);
      };
      load(ARTICLE, DATED, title);
      const result = analyzeDocument(document, counting);
      return { prefiltered, mentions: result.mentions.length };
    };
    const named = looked('Ryabkov and Sherman in Geneva');
    expect(named.prefiltered).toEqual([named.prefiltered[0]]);
    expect(named.prefiltered[0]).toBeLessThan(40);
    const plain = looked('Monday');
    expect(plain.prefiltered).toHaveLength(2);
    expect(plain.prefiltered[1]).toBeGreaterThan(plain.prefiltered[0]!);
    expect(named.mentions).toBeGreaterThan(0);
    expect(plain.mentions).toBeGreaterThan(0);
  });

  it('gives no result when the answer aborts the analysis, or fails', async () => {
    load(ARTICLE);
    const controller = new AbortController();
    const aborted = analyzeDocumentSliced(document, engine, {
      signal: controller.signal,
      onFullLook: async () => controller.abort(),
    });
    await expect(aborted).rejects.toThrow();
    const failed = analyzeDocumentSliced(document, engine, {
      onFullLook: () => Promise.reject(new Error('storage is gone')),
    });
    await expect(failed).rejects.toThrow('storage is gone');
  });

  it("yields with scheduler.yield(), and at least every 50 ms with a plain task, so the page's timers are not kept waiting", async () => {
    load(ARTICLE.repeat(30));
    let continuations = 0;
    const scope = globalThis as { scheduler?: unknown };
    const saved = scope.scheduler;
    // A continuation that lets nothing else run (as one ahead of every queued task would), and that
    // takes 10 ms, so the analysis lasts well over 50 ms.
    scope.scheduler = {
      yield: async () => {
        continuations++;
        const start = performance.now();
        while (performance.now() - start < 10);
      },
    };
    let timerRuns = 0;
    const timer = setInterval(() => timerRuns++, 1);
    try {
      const started = performance.now();
      await analyzeDocumentSliced(document, engine, { sliceMs: 0 });
      expect(performance.now() - started).toBeGreaterThan(100);
      expect(continuations).toBeGreaterThan(0);
      expect(timerRuns).toBeGreaterThan(0);
    } finally {
      clearInterval(timer);
      scope.scheduler = saved;
    }
  });

  it('stops when aborted', async () => {
    load(ARTICLE);
    const controller = new AbortController();
    controller.abort();
    await expect(analyzeDocumentSliced(document, engine, { signal: controller.signal })).rejects.toThrow();
  });
});
