import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';

const serverBuild = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../build/server/index.js');

/** Browser tests run against the built portal; say how to build it rather than fail obscurely. */
export function ensurePortalBuilt(): void {
  if (!existsSync(serverBuild)) {
    throw new Error(
      `The browser test needs the built portal (${serverBuild} is missing): run \`pnpm --filter @vigie/portal build\` first.`,
    );
  }
}

/** The system Chromium, headless, with the flags that keep it off the (closed) network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
