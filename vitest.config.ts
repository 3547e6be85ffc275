import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // The slowest tests read and check the whole course (about 1.5 s alone); on two cores kept busy by another job
    // they took 8.5 s against Vitest's default 5 s. 20 s holds on a busy machine, a third of it on a quiet one.
    testTimeout: 20_000,
    // One module graph per worker rather than per file: the files import the whole course loader, and isolating
    // each one cost 30 s of the 80 s suite. Tests reset the shared stores they touch (tests/fixtures/tracking).
    isolate: false,
  },
});
