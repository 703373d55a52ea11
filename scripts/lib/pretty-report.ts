/** The `--pretty` report of one analysis: verdict and reasons first, then one line per mention. */
import type { InputAnalysis } from './analyze-input';

export function prettyReport(name: string, result: InputAnalysis): string {
  const lines = [
    `${name}`,
    `verdict: ${result.verdict} (score ${result.score})${result.stoppedEarly ? ' — stopped after the first look' : ''}`,
    ...result.reasons.map((reason) => `  · ${reason}`),
    `published: ${result.published ?? 'unknown'}${result.main ? `   main content: ${result.main}` : ''}`,
    `signals: topic ${result.signals.topic}, ${Math.round(result.signals.coverage * 100)}% of paragraphs, ${result.signals.entries} entries, when: ${result.signals.when}`,
  ];
  if (result.verdict === 'unrelated') {
    lines.push('mentions: none reported (unrelated page)');
    return lines.join('\n');
  }
  lines.push(`mentions: ${result.mentions.length} of ${Object.keys(result.found).length} entries`);
  const width = Math.max(0, ...result.mentions.map((mention) => mention.entry.length));
  for (const mention of result.mentions) {
    lines.push(`  ${mention.entry.padEnd(width)}  ${mention.zone.padEnd(10)} ${mention.context}`);
    if (mention.why.startsWith('name “')) continue;
    lines.push(`  ${''.padEnd(width)}  ${''.padEnd(10)} ↳ ${mention.why}`);
  }
  return lines.join('\n');
}
