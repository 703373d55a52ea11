import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends a run with one plain line, `<label>: N passed, N failed, N skipped`, which CI reads the same
 * way for every runner; the default reporter prints the details above it.
 */
export class SummaryReporter implements Reporter {
  constructor(private readonly label: string) {}

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    console.log(`\n${this.label}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
