import { defineConfig } from 'vitest/config';
import { SummaryReporter } from './tests/summary-reporter';

/** End-to-end tests: the built extension in real Chromium and Firefox. Run `npm run build:all` first. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: one browser at a time keeps timings honest and the machine responsive.
    fileParallelism: false,
    reporters: ['default', new SummaryReporter('end-to-end')],
  },
});
