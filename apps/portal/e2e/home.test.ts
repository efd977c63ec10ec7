import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortalServer, type PortalServer } from '../portal-server.ts';
import { ensurePortalBuilt, launchChromium } from './support/browser.ts';
import { type RunningApi, startRealApi } from './support/start-api.ts';

let api: RunningApi | undefined;
let portal: PortalServer | undefined;
let browser: Browser | undefined;
let catalogueVersion: string;

beforeAll(async () => {
  ensurePortalBuilt();
  api = await startRealApi();
  const health = (await (await fetch(`${api.url}/health`)).json()) as { catalogueVersion: string };
  catalogueVersion = health.catalogueVersion;
  portal = await createPortalServer({ port: 0, host: '127.0.0.1', apiUrl: api.url });
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await portal?.close();
  await api?.stop();
});

/** Console errors and CSP violations: a blocked Remix script would break hydration silently. */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

describe('home page in a real browser', () => {
  it('is French, shows the API health, switches to English and keeps it on reload', async () => {
    const context = await browser!.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    const problems = collectProblems(page);

    const response = await page.goto(portal!.url);
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await expect(page.title()).resolves.toBe('Vigie — Assistance aux victimes de cybermalveillance');
    await page
      .getByRole('heading', { level: 1, name: 'Victime de cybermalveillance ? Vigie vous aide.' })
      .waitFor();

    const health = page.getByRole('region', { name: 'État du service' });
    await health.getByText('API opérationnelle').waitFor();
    const fact = (term: string) =>
      health.locator('div', { has: page.locator('dt', { hasText: term }) }).locator('dd');
    expect(await fact('Version du catalogue').textContent()).toBe(catalogueVersion);
    expect(await fact('Moteur de recherche').textContent()).toMatch(/^(intégré|Meilisearch) — opérationnel$/);

    // Hydration ran under the CSP (Remix's inline scripts carry the nonce), and so did the DSFR script.
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-fr-js'));

    await page.getByRole('button', { name: 'English' }).first().click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page
      .getByRole('heading', { level: 1, name: 'Victim of cybercrime? Vigie is here to help.' })
      .waitFor();
    await page.getByRole('region', { name: 'Service status' }).getByText('API operational').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');

    await page.reload();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page
      .getByRole('heading', { level: 1, name: 'Victim of cybercrime? Vigie is here to help.' })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Français' }).count()).toBeGreaterThan(0);

    expect(problems).toEqual([]);
    await context.close();
  });

  it('switches language without JavaScript, through the form and a redirect', async () => {
    const context = await browser!.newContext({ locale: 'fr-FR', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${portal!.url}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');

    await page.getByRole('button', { name: 'English' }).first().click();
    await page.waitForSelector('html[lang="en"]');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Victim of cybercrime? Vigie is here to help.',
    );
    const cookies = await context.cookies();
    expect(cookies.find((cookie) => cookie.name === 'lang')?.value).toBe('en');
    await context.close();
  });
});
