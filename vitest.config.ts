import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Site builds and the browser take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Two cores: builds in parallel files would only fight over them.
    fileParallelism: false,
  },
});
