// `npm run test:browser`: the web edition in a real browser (headless Chromium from Debian,
// driven by playwright-core). Kept out of `npm test`, which must pass with no browser.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["pipeline/**/*.browser-test.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
