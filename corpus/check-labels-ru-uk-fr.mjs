#!/usr/bin/env node
// Checks the Russian, Ukrainian and French corpus pages against their .expected.json labels.
//
//   node corpus/check-labels-ru-uk-fr.mjs [--lint] [page.html ...]
//
// Errors (exit 1): a malformed expected file, an unknown entry id, mentions on an unrelated page,
// or a label whose text is not found, in order, in the page's main-content text.
// With --lint it also lists likely names in the main text that no label covers (to review by hand).
//
// "Main content" here is a deliberately simple approximation of what a reader reads: <main>, else
// <article>, else <body>, without navigation, asides, footers, forms, dialogs and comment threads.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

const ENTRY_IDS = new Set(
  `sergei-ryabkov wendy-sherman vladimir-putin joe-biden antony-blinken sergey-lavrov jens-stoltenberg
  alexander-fomin valery-gerasimov dmitry-peskov karen-donfried victoria-nuland alexander-grushko
  alexander-lukashevich michael-carpenter zbigniew-rau ned-price jen-psaki yuri-ushakov maria-zakharova
  jake-sullivan john-sullivan gennady-gatilov james-mingus nato nato-russia-council osce
  osce-permanent-council ria-novosti tass us-department-of-state russian-mfa kremlin geneva brussels
  vienna us-mission-geneva us-russia-strategic-stability-dialogue geneva-working-dinner-2022-01-09
  geneva-ssd-session-2022-01-10 nrc-meeting-2022-01-12 osce-permanent-council-2022-01-13
  putin-biden-video-call-2021-12-07 putin-biden-call-2021-12-30 lavrov-blinken-meeting-2022-01-21
  us-nato-written-responses-2022-01-26 russian-invasion-of-ukraine-2022-02-24 geneva-summit-2021-06-16
  bucharest-summit-2008 nato-foreign-ministers-meeting-2022-01-07 nato-russia-founding-act-1997
  russia-draft-security-treaties-2021-12-17 inf-treaty new-start north-atlantic-treaty red-lines
  nato-enlargement intermediate-range-missiles interagency-delegations freedom-to-choose-alliances`
    .split(/\s+/)
    .filter(Boolean),
);
const VERDICTS = new Set(['about', 'related', 'unrelated']);
const NOT_MAIN =
  'script,style,noscript,template,nav,aside,footer,form,iframe,[role=navigation],[role=complementary],' +
  '[role=contentinfo],[role=dialog],.comments';
const BLOCKS = new Set(
  'address article blockquote br dd div dl dt figcaption figure h1 h2 h3 h4 h5 h6 header hr li main ol p pre section table td th tr ul'.split(
    ' ',
  ),
);
// Surface stems worth a second look when no label covers them (lint only, never an error).
const LIKELY_NAMES = new RegExp(
  String.raw`(?<!\p{L})(?:Рябков|Ryabkov|Riabkov|Шерман|Sherman|Путин|Путін|Poutine|Байден|Biden|Блинкен|Blinken|Лавров|Lavrov|` +
    String.raw`Столтенберг|Stoltenberg|Фомин|Фомін|Fomin|Герасимов|Песков|Peskov|Донфрид|Донфрід|Donfried|Нуланд|Nuland|` +
    String.raw`Грушко|Grouchko|Grushko|Лукашевич|Loukachevitch|Карпентер|Carpenter|Рау|Rau|Прайс|Price|Псаки|Псакі|Psaki|` +
    String.raw`Ушаков|Ouchakov|Захаров|Zakharova|Салливан|Салліван|Sullivan|Гатилов|Гатілов|Gatilov|Мингус|Мінгус|Mingus|` +
    String.raw`НАТО|OTAN|Otan|ОБСЕ|ОБСЄ|OSCE|РИА|РІА|RIA|ТАСС|TASS|Госдеп|Держдеп|[Dd]épartement d.État|МИД|МЗС|Кремл|Kremlin|` +
    String.raw`Женев|ЖЕНЕВ|Genève|GENÈVE|Брюссел|Bruxelles|Вен[аеуы]|Відн|Відень|Vienne|Основополагающ|Acte fondateur|1997|РСМД|FNI|` +
    String.raw`ДСНВ|СНВ|New START|[Кк]расн\p{L}* лини|[Чч]ервон\p{L}* лін|lignes? rouges?|Бухарест|Bucarest)\p{L}*`,
  'gu',
);

function mainText(html) {
  const { document } = parseHTML(html);
  const root = document.querySelector('main') ?? document.querySelector('article') ?? document.body;
  for (const element of [...root.querySelectorAll(NOT_MAIN)]) element.remove();
  const parts = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) parts.push(child.data);
      if (child.nodeType !== 1) continue;
      const block = BLOCKS.has(child.localName);
      if (block) parts.push('\n');
      walk(child);
      if (block) parts.push('\n');
    }
  };
  walk(root);
  return parts.join('');
}

function checkPage(htmlPath, lint) {
  const errors = [];
  const warnings = [];
  const expected = JSON.parse(readFileSync(htmlPath.replace(/\.html$/, '.expected.json'), 'utf8'));
  if (!VERDICTS.has(expected.verdict)) errors.push(`bad verdict ${expected.verdict}`);
  if (typeof expected.note !== 'string' || !expected.note.trim()) errors.push('missing note');
  if (!Array.isArray(expected.mentions)) errors.push('mentions is not an array');
  const mentions = expected.mentions ?? [];
  if (expected.verdict === 'unrelated' && mentions.length) errors.push('unrelated page lists mentions');
  const text = mainText(readFileSync(htmlPath, 'utf8'));
  const covered = [];
  let cursor = 0;
  for (const [index, mention] of mentions.entries()) {
    if (!ENTRY_IDS.has(mention.entry)) errors.push(`#${index}: unknown entry ${mention.entry}`);
    const at = text.indexOf(mention.text, cursor);
    if (at < 0) {
      errors.push(`#${index}: "${mention.text}" (${mention.entry}) not found after offset ${cursor}`);
      continue;
    }
    covered.push([at, at + mention.text.length]);
    cursor = at + mention.text.length;
  }
  if (lint && expected.verdict !== 'unrelated') {
    for (const hit of text.matchAll(LIKELY_NAMES)) {
      const start = hit.index;
      const end = start + hit[0].length;
      if (covered.some(([from, to]) => from < end && start < to)) continue;
      const context = text.slice(Math.max(0, start - 30), end + 30).replace(/\s+/g, ' ');
      warnings.push(`unlabelled "${hit[0]}" … ${context} …`);
    }
  }
  return { errors, warnings, mentions: mentions.length };
}

const args = process.argv.slice(2);
const lint = args.includes('--lint');
const here = dirname(fileURLToPath(import.meta.url));
let pages = args.filter((arg) => arg.endsWith('.html'));
if (pages.length === 0) {
  pages = ['ru', 'uk', 'fr'].flatMap((lang) =>
    readdirSync(join(here, lang))
      .filter((name) => name.endsWith('.html'))
      .map((name) => join(here, lang, name)),
  );
}
let failures = 0;
for (const page of pages) {
  const { errors, warnings, mentions } = checkPage(page, lint);
  const name = page.slice(page.lastIndexOf('corpus/') + 7);
  console.log(`${errors.length ? 'FAIL' : 'ok  '} ${name} (${mentions} mentions)`);
  for (const error of errors) console.log(`     error: ${error}`);
  for (const warning of warnings) console.log(`     lint: ${warning}`);
  if (errors.length) failures++;
}
console.log(`${pages.length - failures}/${pages.length} pages pass`);
process.exit(failures ? 1 : 0);
