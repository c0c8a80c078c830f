import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Test files run one after another in each forked worker and share its module cache, so
    // wink-nlp, the syntax models, the lexicon and the gazetteer load once per worker instead of
    // once per file (they are read-only after loading). Each file still gets its own temp dirs,
    // stores and servers; no test mocks modules or changes process.env.
    isolate: false,
  },
});
