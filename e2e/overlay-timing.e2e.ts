import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MUTATION_RECORDER, timeToMarks } from './harness/main-world';
import { ROOT } from './harness/session';
import { BROWSERS, useBrowser } from './harness/vitest-browsers';

const DEMO_ARTICLE = 'https://www.swissinfo.ch/eng/demo/eight-hours-in-geneva/47000001';
const RUNS = 5;

describe.each(BROWSERS)('%s: time from DOMContentLoaded to marks on the demo article', (browserName) => {
  const session = useBrowser(browserName, { fixtures: join(ROOT, 'demo', 'pages'), initScripts: [MUTATION_RECORDER] });

  it(`is measured over ${RUNS} fresh loads and stays well under a second`, async () => {
    session().route(DEMO_ARTICLE, 'geneva-talks-en.html');
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await session().open(DEMO_ARTICLE);
      await page.waitFor(timeToMarks, undefined, 15_000);
      times.push(Math.round((await page.evaluate(timeToMarks))!));
    }
    const sorted = [...times].sort((a, b) => a - b);
    const result = { browser: browserName, runs: times, median: sorted[Math.floor(RUNS / 2)], worst: sorted.at(-1) };
    mkdirSync(join(ROOT, 'e2e-output'), { recursive: true });
    writeFileSync(join(ROOT, 'e2e-output', `time-to-marks-${browserName}.json`), `${JSON.stringify(result)}\n`);
    console.log(
      `time to marks, ${browserName}: median ${result.median} ms, worst ${result.worst} ms (${times.join(', ')})`,
    );
    expect(result.median).toBeLessThan(1000);
  });
});
