/**
 * Deterministic benchmark pages, generated at run time from a seeded PRNG (nothing large is
 * committed): a typical article, a long one, a 1 MB page, a page of 100,000 small text nodes (a live
 * blog or table), and an unrelated 1 MB page, each inside the usual chrome (menus, a most-read box,
 * comments, a footer). Mentions use the pack's own aliases, some split across inline tags
 * ("<b>Sergei</b> Ryabkov"); a style sheet and a script full of aliases must not match.
 */

export interface BenchPage {
  name: string;
  html: string;
  words: number;
}

/** mulberry32: small, fast, good enough for test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ENGLISH = (
  'the of and to in a is that for on with as was by at from it an be this are which has have not but were said they ' +
  'their its or more after will would about been also two other new into than first year over when there could ' +
  'government officials minister people week talks security country state president agreement military forces ' +
  'meeting statement spokesman report morning city council market prices energy school hospital weather road'
).split(' ');
const RUSSIAN = (
  'и в не на что с по как это из за от к для о все так его но уже же ещё при был была были будет который ' +
  'говорит заявил сказал время года сегодня вопрос стороны страны правительство министр встреча неделя город рынок'
).split(' ');
const ESCAPE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (char) => ESCAPE[char]!);

interface Writer {
  next: () => number;
  pick: <T>(items: readonly T[]) => T;
}

function writer(seed: number): Writer {
  const next = random(seed);
  return { next, pick: (items) => items[Math.floor(next() * items.length)]! };
}

/** One sentence; `mentionRate` of the words are replaced by an alias. */
function sentence(w: Writer, aliases: readonly string[], mentionRate: number, russian: boolean): string {
  const pool = russian ? RUSSIAN : ENGLISH;
  const length = 8 + Math.floor(w.next() * 14);
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    const roll = w.next();
    if (aliases.length > 0 && roll < mentionRate) {
      const alias = w.pick(aliases);
      const words = alias.split(' ');
      out.push(
        words.length > 1 && w.next() < 0.1
          ? `<b>${escape(words[0]!)}</b> ${escape(words.slice(1).join(' '))}`
          : escape(alias),
      );
    } else {
      const word = w.pick(pool);
      const markup = w.next();
      out.push(
        markup < 0.04
          ? `<a href="/x">${word}</a>`
          : markup < 0.07
            ? `<em>${word}</em>`
            : markup < 0.09
              ? `<strong>${word}</strong>`
              : word,
      );
    }
  }
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The chrome of a news page around its article: menus, a most-read box, comments and a footer. */
function chrome(w: Writer): { top: string; side: string; bottom: string } {
  const links = (count: number) =>
    Array.from({ length: count }, () => `<li><a href="/s">${w.pick(ENGLISH)} ${w.pick(ENGLISH)}</a></li>`).join('');
  const comments = Array.from(
    { length: 20 },
    (_, i) =>
      `<li class="comment"><span class="author">reader${i}</span> <time>2 h</time><p>${sentence(w, [], 0, false)} ${sentence(w, [], 0, false)}</p></li>`,
  ).join('');
  return {
    top: `<header class="site-header"><nav><ul>${links(60)}</ul></nav></header>`,
    side: `<aside class="sidebar"><h3>Most read</h3><ol>${links(10)}</ol></aside>`,
    bottom: `<section class="comments"><h3>Comments</h3><ul>${comments}</ul></section><footer><ul>${links(40)}</ul><p>Contact · Terms · Privacy</p></footer>`,
  };
}

function shell(title: string, body: string, w: Writer): string {
  const { top, side, bottom } = chrome(w);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<meta property="article:published_time" content="2022-01-10T12:00:00Z"></head><body>
${top}
${body}
${side}
${bottom}</body></html>`;
}

/** An article of about `targetChars` characters of text. */
function article(
  seed: number,
  targetChars: number,
  aliases: readonly string[],
  options: { russianShare: number; mentionRate: number; junk: boolean },
): BenchPage {
  const w = writer(seed);
  const parts: string[] = [];
  let chars = 0;
  let words = 0;
  let paragraph = 0;
  while (chars < targetChars) {
    const russian = w.next() < options.russianShare;
    const sentences = 2 + Math.floor(w.next() * 5);
    const body: string[] = [];
    for (let s = 0; s < sentences; s++) body.push(sentence(w, aliases, options.mentionRate, russian));
    const html = `<p>${body.join(' ')}</p>`;
    parts.push(html);
    chars += html.replace(/<[^>]+>/g, '').length;
    words += html.split(' ').length;
    paragraph++;
    if (paragraph % 12 === 0) parts.push(`<h2>${sentence(w, aliases, options.mentionRate, false)}</h2>`);
    if (paragraph % 40 === 0) parts.push(`<aside class="ad">Advertisement: ${sentence(w, [], 0, false)}</aside>`);
  }
  const aliasText = aliases.slice(0, 200).join(' | ');
  const junk = options.junk
    ? `<style>${'.story p { margin: 0 0 1em; } '.repeat(1700)}</style><script>var names = ${JSON.stringify(aliasText).repeat(20)};</script>`
    : '';
  const headline =
    aliases.length > 0 ? `${aliases[0]} and ${aliases[1]} meet in Geneva` : 'City council approves new bus lanes';
  const body = `<main><article><h1>${escape(headline)}</h1><p class="standfirst">${sentence(w, aliases, options.mentionRate, false)}</p>
${parts.join('\n')}</article><aside class="related"><a>${escape(aliases[2] ?? 'More news')}</a></aside></main>${junk}`;
  return { name: '', html: shell(headline, body, w), words };
}

/** Rows of small spans: a live blog or a data table, `textNodes` text nodes in all. */
function manyNodes(seed: number, textNodes: number, aliases: readonly string[]): BenchPage {
  const w = writer(seed);
  const rows: string[] = [];
  let nodes = 0;
  let words = 0;
  while (nodes < textNodes) {
    const cells: string[] = [];
    for (let c = 0; c < 5; c++) {
      const count = 1 + Math.floor(w.next() * 4);
      const cell: string[] = [];
      for (let k = 0; k < count; k++) cell.push(w.next() < 0.03 ? escape(w.pick(aliases)) : w.pick(ENGLISH));
      words += count;
      cells.push(`<span>${cell.join(' ')}</span>`);
    }
    rows.push(`<div class="row">${cells.join(' ')}</div>`);
    nodes += 10; // five spans and the five spaces between them
  }
  const headline = `${aliases[0]} live: the talks week`;
  return { name: '', html: shell(headline, `<main><h1>${escape(headline)}</h1>${rows.join('\n')}</main>`, w), words };
}

export function benchPages(aliases: readonly string[]): BenchPage[] {
  const common = { russianShare: 0.3, mentionRate: 0.012, junk: true };
  return [
    { ...article(1, 9_500, aliases, common), name: 'typical (~1,500 words)' },
    { ...article(2, 64_000, aliases, common), name: 'long (~10,000 words)' },
    { ...article(3, 1_000_000, aliases, common), name: '1 MB page' },
    { ...manyNodes(4, 100_000, aliases), name: '100,000 text nodes' },
    { ...article(5, 1_000_000, [], { ...common, junk: false }), name: 'unrelated 1 MB page' },
  ];
}
