import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/shared/**/*.test.ts', 'test/electron/**/*.test.ts', 'test/scripts/**/*.test.ts', 'test/lint/**/*.test.ts', 'test/packaging/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
