/**
 * A test's prerequisite (a browser, the built bundle, a platform feature). Under `npm test` (scripts/test.mjs sets
 * BRA_TEST_LAYER for every layer) a missing prerequisite FAILS the test with `why`: nothing skips itself silently
 * there. Run on its own (`npx mocha … x.test.js`), the test is skipped with `why` printed, so a developer without
 * the prerequisite can still run the rest.
 */
export function underNpmTest(): boolean {
  return !!process.env.BRA_TEST_LAYER;
}

export function requirePrerequisite(ctx: Mocha.Context, ok: boolean, why: string): void {
  if (ok) return;
  if (underNpmTest()) throw new Error(`missing prerequisite: ${why}`);
  // eslint-disable-next-line no-console
  console.warn(`    skipped (outside npm test): ${why}`);
  ctx.skip();
}
