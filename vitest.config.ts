import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'test/unit/**/*.test.ts',
      'test/cli/**/*.test.ts',
    ],
    environment: 'node',
    // The first test of a file compiles the rule packs and loads compromise: seconds on a busy CI core.
    testTimeout: 20_000,
  },
});
