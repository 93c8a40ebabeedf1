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
    globalSetup: ['test/cli/build-cli.setup.ts'],
    // WXT's content-script context reads import.meta.env, which only modules Vite transforms have.
    server: { deps: { inline: [/wxt[\\/]dist[\\/]utils[\\/]/] } },
    // The first test of a file compiles the rule packs and loads compromise: seconds on a busy CI core.
    testTimeout: 20_000,
  },
});
