/**
 * The browser bench's scenarios: the Node bench's seeded pages (`bench-pages.ts`: typical, 10,000
 * words, 1 MB, 100,000 text nodes, unrelated) plus two pages that keep changing, built on the typical
 * article: a live blog that appends a paragraph with a mention every 100 ms, and a mutation storm of
 * 5,000 node changes per second. Both run for `LIVE_SECONDS` (10 s, not the 30 s: the rates
 * are the issue's, so per-paragraph latency and per-batch cost are the same; only the count is a third).
 */
import { benchPages, type BenchPage } from './bench-pages';

export const LIVE_SECONDS = 10;

export type ScenarioKind = 'static' | 'unrelated' | 'live-blog' | 'storm';

export interface Scenario {
  key: string;
  name: string;
  kind: ScenarioKind;
  html: string;
  /** Characters of text in the page body (for the per-100 KB budget). */
  textChars: number;
}

const LIVE_BLOG_SCRIPT = `<script>
(() => {
  const seconds = ${LIVE_SECONDS};
  const lines = ['Sergei Ryabkov told reporters in Geneva the talks were difficult.',
    'Wendy Sherman said the United States was ready to discuss missile deployments.',
    'NATO allies will meet the Russian side at the NATO-Russia Council on Wednesday.',
    'Сергей Рябков заявил, что переговоры в Женеве были трудными.'];
  window.__liveAppended = [];
  const start = () => {
    const article = document.querySelector('article');
    let n = 0;
    const timer = setInterval(() => {
      if (n >= seconds * 10) { clearInterval(timer); window.__liveDone = true; return; }
      const p = document.createElement('p');
      p.setAttribute('data-live', String(n));
      p.textContent = lines[n % lines.length] + ' Update ' + n + '.';
      article.append(p);
      window.__liveAppended.push(performance.now());
      n++;
    }, 100);
  };
  addEventListener('load', start, { once: true });
})();
</script>`;

const STORM_SCRIPT = `<script>
(() => {
  const seconds = ${LIVE_SECONDS};
  const perTick = 50; // every 10 ms: 5,000 node changes a second
  const start = () => {
    const ticker = document.createElement('div');
    ticker.className = 'ticker';
    const cells = [];
    for (let i = 0; i < 200; i++) { const s = document.createElement('span'); s.textContent = 'DAX 0.' + i; ticker.append(s); cells.push(s); }
    document.body.prepend(ticker);
    let tick = 0;
    const end = performance.now() + seconds * 1000;
    const timer = setInterval(() => {
      if (performance.now() > end) { clearInterval(timer); window.__stormDone = true; return; }
      for (let k = 0; k < perTick; k++) {
        const i = (tick * perTick + k) % cells.length;
        if (k % 5 === 0) { const s = document.createElement('span'); s.textContent = 'FTSE ' + tick; cells[i].replaceWith(s); cells[i] = s; }
        else cells[i].firstChild.data = 'DAX ' + tick + '.' + k;
      }
      tick++;
    }, 10);
  };
  addEventListener('load', start, { once: true });
})();
</script>`;

const textLength = (html: string) =>
  html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&[a-z]+;/g, ' ').length;

function withScript(page: BenchPage, script: string): string {
  return page.html.replace('</body>', `${script}</body>`);
}

export function scenarios(aliases: readonly string[]): Scenario[] {
  const [typical, long, mb1, nodes, unrelated] = benchPages(aliases) as [
    BenchPage,
    BenchPage,
    BenchPage,
    BenchPage,
    BenchPage,
  ];
  const make = (key: string, kind: ScenarioKind, page: BenchPage, html = page.html, name = page.name): Scenario => ({
    key,
    name,
    kind,
    html,
    textChars: textLength(html),
  });
  return [
    make('typical', 'static', typical),
    make('long', 'static', long),
    make('mb1', 'static', mb1),
    make('nodes100k', 'static', nodes),
    make('unrelated', 'unrelated', unrelated),
    make(
      'liveblog',
      'live-blog',
      typical,
      withScript(typical, LIVE_BLOG_SCRIPT),
      `live blog (${LIVE_SECONDS} s, 10/s)`,
    ),
    make('storm', 'storm', typical, withScript(typical, STORM_SCRIPT), `mutation storm (${LIVE_SECONDS} s, 5,000/s)`),
  ];
}

/** The address a scenario is served at: a news site the extension runs on. */
export const scenarioUrl = (key: string) => `https://www.dw.com/en/bench/${key}/a-${90_000 + key.length}`;
/** Where the page navigates to afterwards (same site, almost empty), to see the heap returned. */
export const AWAY_URL = 'https://www.dw.com/en/bench/away/a-1';
export const AWAY_HTML =
  '<!doctype html><html lang="en"><head><title>Away</title></head><body><p>Away.</p></body></html>';
