#!/usr/bin/env node
/**
 * Labelling aid for the evaluation corpus (not an evaluation of the engine).
 *
 * For every `corpus/<lang>/<slug>.html` it reads `<slug>.expected.json` and checks that:
 *   - the label file has the agreed shape (verdict, note, mentions[{entry, text}]) and known entry ids;
 *   - an `unrelated` page has no mentions;
 *   - each mention text occurs in the page's visible text, in document order
 *     (the same "next occurrence after the previous mention" rule the eval uses);
 *   - no located mention falls inside a boilerplate zone (nav, aside, footer, comments, cookie banner…),
 *     which would mean the label points at text that is not main content.
 * It also prints the article word count and mention count per page, and totals per language and verdict.
 *
 * Usage: node corpus/check-labels.mjs [lang…]     (exit code 1 when any check fails)
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

const CORPUS = dirname(fileURLToPath(import.meta.url));
const VERDICTS = new Set(['about', 'related', 'unrelated']);
const ENTRY_IDS = new Set(`sergei-ryabkov wendy-sherman vladimir-putin joe-biden antony-blinken sergey-lavrov
jens-stoltenberg alexander-fomin valery-gerasimov dmitry-peskov karen-donfried victoria-nuland alexander-grushko
alexander-lukashevich michael-carpenter zbigniew-rau ned-price jen-psaki yuri-ushakov maria-zakharova jake-sullivan
john-sullivan gennady-gatilov james-mingus nato nato-russia-council osce osce-permanent-council ria-novosti tass
us-department-of-state russian-mfa kremlin geneva brussels vienna us-mission-geneva
us-russia-strategic-stability-dialogue geneva-working-dinner-2022-01-09 geneva-ssd-session-2022-01-10
nrc-meeting-2022-01-12 osce-permanent-council-2022-01-13 putin-biden-video-call-2021-12-07 putin-biden-call-2021-12-30
lavrov-blinken-meeting-2022-01-21 us-nato-written-responses-2022-01-26 russian-invasion-of-ukraine-2022-02-24
geneva-summit-2021-06-16 bucharest-summit-2008 nato-foreign-ministers-meeting-2022-01-07 nato-russia-founding-act-1997
russia-draft-security-treaties-2021-12-17 inf-treaty new-start north-atlantic-treaty red-lines nato-enlargement
intermediate-range-missiles interagency-delegations freedom-to-choose-alliances`.split(/\s+/));

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const BOILERPLATE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM']);
const BOILERPLATE_HINT = /comment|kommentare|cookie|consent|einwilligung|most-read|mostread|meistgelesen|meistgeklickt|mehr-zum-thema|mehr-videos|brotkrumen|teilen|more-from|more-videos|related|newsletter|promo|share|subscribe|trending|masthead|site-header|breadcrumb/i;

/** Visible text of the body, with the element that holds each text node's start offset. */
function collectText(document) {
  const pieces = [];
  const owners = []; // [startOffset, element]
  let length = 0;
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        owners.push([length, child.parentNode]);
        pieces.push(child.data);
        length += child.data.length;
      } else if (child.nodeType === 1 && !SKIPPED_TAGS.has(child.tagName)) {
        walk(child);
      }
    }
  };
  walk(document.body);
  return { text: pieces.join(''), owners };
}

function ownerAt(owners, offset) {
  let lo = 0;
  let hi = owners.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (owners[mid][0] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return owners[lo][1];
}

function isBoilerplate(element) {
  for (let el = element; el && el.tagName; el = el.parentNode) {
    if (BOILERPLATE_TAGS.has(el.tagName)) return true;
    const marker = `${el.getAttribute?.('class') ?? ''} ${el.getAttribute?.('id') ?? ''} ${el.getAttribute?.('role') ?? ''}`;
    if (BOILERPLATE_HINT.test(marker) || /complementary|contentinfo|navigation|banner/.test(marker)) return true;
  }
  return false;
}

/** Words of main content: <main>, else the <article>s, else the body; boilerplate zones removed. */
function articleWords(document) {
  const roots = document.querySelector('main') ? [document.querySelector('main')]
    : document.querySelectorAll('article').length ? [...document.querySelectorAll('article')].filter((a) => !a.parentNode.closest?.('article'))
    : [document.body];
  let words = 0;
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) words += child.data.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      else if (child.nodeType === 1 && !SKIPPED_TAGS.has(child.tagName) && !isBoilerplate(child)) walk(child);
    }
  };
  roots.forEach(walk);
  return words;
}

function checkPage(lang, htmlFile) {
  const problems = [];
  const labelFile = htmlFile.replace(/\.html$/, '.expected.json');
  if (!existsSync(join(CORPUS, lang, labelFile))) return { problems: [`missing ${labelFile}`] };
  const label = JSON.parse(readFileSync(join(CORPUS, lang, labelFile), 'utf8'));
  const keys = Object.keys(label).sort().join(',');
  if (keys !== 'mentions,note,verdict') problems.push(`label keys are "${keys}"`);
  if (!VERDICTS.has(label.verdict)) problems.push(`bad verdict "${label.verdict}"`);
  if (typeof label.note !== 'string' || !label.note.trim()) problems.push('note is empty');
  if (!htmlFile.startsWith(`${label.verdict}-`)) problems.push(`file name does not start with "${label.verdict}-"`);
  if (label.verdict === 'unrelated' && label.mentions.length) problems.push('unrelated page has mentions');

  const { document } = parseHTML(readFileSync(join(CORPUS, lang, htmlFile), 'utf8'));
  const { text, owners } = collectText(document);
  let cursor = 0;
  for (const [index, mention] of label.mentions.entries()) {
    const where = `mention ${index + 1} (${mention.entry} "${mention.text}")`;
    if (Object.keys(mention).sort().join(',') !== 'entry,text') problems.push(`${where}: keys must be entry, text`);
    if (!ENTRY_IDS.has(mention.entry)) problems.push(`${where}: unknown entry id`);
    const at = text.indexOf(mention.text, cursor);
    if (at < 0) {
      problems.push(`${where}: not found after offset ${cursor} ("…${text.slice(cursor, cursor + 60).replace(/\s+/g, ' ')}…")`);
      continue;
    }
    if (isBoilerplate(ownerAt(owners, at))) problems.push(`${where}: located inside a boilerplate zone`);
    cursor = at + mention.text.length;
  }
  return { problems, verdict: label.verdict, mentions: label.mentions.length, words: articleWords(document) };
}

const langs = process.argv.slice(2).length ? process.argv.slice(2)
  : readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
let failed = 0;
const totals = {};
for (const lang of langs) {
  for (const file of readdirSync(join(CORPUS, lang)).filter((f) => f.endsWith('.html')).sort()) {
    const result = checkPage(lang, file);
    const status = result.problems.length ? 'FAIL' : 'ok  ';
    console.log(`${status} ${lang}/${file.padEnd(52)} ${String(result.verdict).padEnd(9)} ${String(result.words).padStart(5)} words ${String(result.mentions).padStart(3)} mentions`);
    for (const problem of result.problems) console.log(`       - ${problem}`);
    if (result.problems.length) failed++;
    const row = (totals[lang] ??= { about: 0, related: 0, unrelated: 0 });
    if (result.verdict in row) row[result.verdict]++;
  }
}
console.log('\nlang  about  related  unrelated  total');
for (const [lang, row] of Object.entries(totals)) {
  console.log(`${lang.padEnd(5)} ${String(row.about).padStart(5)} ${String(row.related).padStart(8)} ${String(row.unrelated).padStart(10)} ${String(row.about + row.related + row.unrelated).padStart(6)}`);
}
if (failed) {
  console.log(`\n${failed} page(s) with problems`);
  process.exit(1);
}
