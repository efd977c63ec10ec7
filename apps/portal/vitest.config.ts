import { defineVitest } from '../../vitest.shared.ts';

// One run, one JSON report: unit tests beside the code, HTTP tests over the built server in test/,
// and the browser test in e2e/ (the last two need `pnpm build` first; turbo runs it before `test`).
export default defineVitest({
  name: 'portal',
  include: ['app/**/*.test.ts', 'test/**/*.test.ts', 'e2e/**/*.test.ts'],
});
