import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { SummaryReporter } from './tests/summary-reporter';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', '.output/**', '.wxt/**', 'e2e/**'],
    restoreMocks: true,
    reporters: ['default', new SummaryReporter('unit')],
  },
});
