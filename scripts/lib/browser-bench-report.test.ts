import { describe, expect, it } from 'vitest';
import { judge } from '../check-budgets';
import { pooled, summarise, type ScenarioResult } from './browser-bench-report';
import { speedFactor } from './machine-speed';
import type { Scenario } from './browser-bench-pages';
import { fromProbe, type RunResult } from './browser-bench-run';

const typical: Scenario = { key: 'typical', name: 'typical', kind: 'static', html: '', textChars: 14_000 };
/** The typical page alone's main-thread time on the reference machine. */
const REFERENCE_MS = 250;
const load = (timeToMarksMs: number, taskMs: number | null = null): RunResult => ({
  timeToMarksMs,
  firstPaintMs: null,
  ranges: 15,
  longestTaskMs: 0,
  longTasks: 0,
  extensionTaskMs: 20,
  extensionTasksTotalMs: 80,
  scriptMs: null,
  taskMs,
  styleLayoutMs: null,
  heapMb: null,
  heapAwayMb: null,
  live: null,
});
/** Loads of the typical article, with the extension and (taking `pageMs` of main thread) without. */
const measured = (times: number[], pageMs = REFERENCE_MS) =>
  summarise('chromium', '156', typical, {
    extension: times.map((time) => load(time)),
    plain: times.map(() => load(0, pageMs)),
  });

const budgets = {
  browsers: ['chromium'],
  runs: 5,
  unrelated: { msPer100Kb: 2, noiseMs: 30 },
  longTask: { ms: 50, noiseMs: 15 },
  typicalTimeToMarks: { ms: 100, noiseMs: 25 },
  liveBlog: { p95Ms: 500, markedShare: 0.95 },
  heap: { extraMb: {}, awayExtraMb: 6 },
  bundle: {
    firstStage: { rawKb: 100, gzipKb: 35 },
    secondStage: { rawKb: 500, gzipKb: 155 },
    cardUi: { rawKb: 60, gzipKb: 20 },
  },
  speed: { referencePageMs: { typical: REFERENCE_MS }, min: 0.5, max: 2 },
};
const SIZES = {
  firstStage: { rawKb: 70, gzipKb: 27 },
  secondStage: { rawKb: 430, gzipKb: 140 },
  cardUi: { rawKb: 45, gzipKb: 15 },
};
const timeToMarks = (result: ScenarioResult) =>
  judge(budgets, [result], SIZES).find((v) => v.budget.includes('marks'))!;

describe('budgets over repeated loads', () => {
  it('judges a scenario measured twice on the median of all its loads', () => {
    const first = measured([110, 130, 131, 132, 100]);
    expect(timeToMarks(first)).toMatchObject({ at: 'chromium typical', pass: false });
    const both = pooled(first, measured([105, 108, 112, 101, 140]));
    expect(both.runs.extension).toHaveLength(10);
    expect(both.extension.timeToMarksMs).toBe(112);
    expect(timeToMarks(both).pass).toBe(true);
  });

  it('still fails a scenario whose every load is over its budget', () => {
    const slow = pooled(measured([140, 150, 145, 160, 138]), measured([142, 139, 151, 149, 147]));
    expect(slow.extension.timeToMarksMs).toBeGreaterThan(125);
    expect(timeToMarks(slow).pass).toBe(false);
  });
});

describe('time budgets on a slower or faster machine', () => {
  it('gives a machine that ran the page alone 1.3 times slower 1.3 times the time', () => {
    const slowMachine = measured([150, 152, 149, 155, 151], REFERENCE_MS * 1.3);
    expect(timeToMarks(slowMachine)).toMatchObject({ pass: true, scaled: { budget: 125, factor: 1.3 } });
    expect(timeToMarks(slowMachine).limit).toBeCloseTo(162.5);
    // The same loads on the reference machine are over budget.
    expect(timeToMarks(measured([150, 152, 149, 155, 151])).pass).toBe(false);
  });

  it("tightens the limits on Backstory's own work on a faster machine, but not the time to marks", () => {
    const fastMachine = measured([110, 112, 109, 115, 111], REFERENCE_MS * 0.8);
    const verdicts = judge(budgets, [fastMachine], SIZES);
    expect(verdicts.find((v) => v.budget.includes('longest task'))!.limit).toBeCloseTo(65 * 0.8);
    expect(timeToMarks(fastMachine)).toMatchObject({ pass: true, limit: 125, scaled: { budget: 125, factor: 1 } });
    expect(timeToMarks(measured([130, 128, 131, 127, 135], REFERENCE_MS * 0.8)).pass).toBe(false);
  });

  it('keeps the factor within its bounds, and at 1 where the page alone was not timed', () => {
    const bounds = { referencePageMs: { typical: 250 }, min: 0.5, max: 2 };
    expect(speedFactor(measured([100], 2500), bounds)).toBe(2);
    expect(speedFactor(measured([100], 25), bounds)).toBe(0.5);
    expect(speedFactor(measured([100], 300), bounds)).toBeCloseTo(1.2);
    const untimed = summarise('firefox', '153', typical, { extension: [load(100)], plain: [load(0)] });
    expect(speedFactor(untimed, bounds)).toBe(1);
    expect(speedFactor(measured([100], 300), { ...bounds, referencePageMs: {} })).toBe(1);
  });

  it('leaves sizes and heap alone', () => {
    const slow = judge(budgets, [measured([100], REFERENCE_MS * 2)], SIZES);
    expect(slow.filter((v) => v.scaled).map((v) => v.budget)).toEqual([
      'chromium typical: longest task running Backstory, ms',
      'chromium typical: DOMContentLoaded → marks, ms',
    ]);
    expect(
      slow.find((v) => v.budget.startsWith('content script, second stage') && v.budget.endsWith('raw KB'))!.limit,
    ).toBe(500);
  });
});

describe('the probe readout', () => {
  const readout = {
    dcl: 100,
    firstMark: 180,
    ranges: 15,
    longTasks: [],
    longTaskApi: true,
    liveAppended: [],
    liveMarked: {},
  };

  it("times the marks from DOMContentLoaded and the page's first paint from the start of the navigation", () => {
    expect(fromProbe({ ...readout, firstPaint: 90 })).toMatchObject({ timeToMarksMs: 80, firstPaintMs: 90 });
  });

  it('leaves what the browser did not report unknown', () => {
    expect(fromProbe({ ...readout, firstPaint: null }).firstPaintMs).toBeNull();
    expect(fromProbe({ ...readout, firstMark: null, firstPaint: 90 }).timeToMarksMs).toBeNull();
  });
});
