import { unreachableUrl } from '@vigie/api/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortalServer, type PortalServer } from '../portal-server.ts';
import { ensurePortalBuilt, launchChromium } from './support/browser.ts';

/*
 * The header's menu on a phone. The DSFR's script (30 kB gzipped) runs it, and loads on the first
 * press of "Menu" rather than with every page: the legal notice needs no API, so none runs here.
 */

let portal: PortalServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  ensurePortalBuilt();
  portal = await createPortalServer({ port: 0, host: '127.0.0.1', apiUrl: await unreachableUrl() });
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

/** Opens the legal notice at `width`, hydrated, counting the DSFR script requests and console errors. */
async function openPage(width: number) {
  const context = await browser!.newContext({ locale: 'fr-FR', viewport: { width, height: 667 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const dsfrRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/dsfr\.module[\w.-]*\.js$/.test(request.url())) dsfrRequests.push(request.url());
  });
  const response = await page.goto(`${portal!.url}/mentions-legales`);
  expect(response?.status()).toBe(200);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));
  return { context, page, problems, dsfrRequests };
}

const menuDialog = (page: Page) => page.getByRole('dialog', { name: 'Menu' });

describe('site header', () => {
  it('on a phone, loads the DSFR script on the first press of Menu, opens the menu and closes it with Escape', async () => {
    const { context, page, problems, dsfrRequests } = await openPage(375);
    expect(dsfrRequests).toEqual([]);

    const menuButton = page.getByRole('button', { name: 'Menu', exact: true });
    await menuButton.click();
    await menuDialog(page).waitFor();
    await menuDialog(page).getByRole('link', { name: 'Trouver un prestataire' }).waitFor();
    expect(dsfrRequests).toHaveLength(1);

    await page.keyboard.press('Escape');
    await menuDialog(page).waitFor({ state: 'hidden' });
    await page.waitForFunction(() => document.activeElement?.id === 'header-menu-button');

    // Once started, the DSFR handles the button itself: a second press opens the menu again.
    await menuButton.click();
    await menuDialog(page).waitFor();
    expect(dsfrRequests).toHaveLength(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('on a wide screen, shows the navigation without loading the DSFR script', async () => {
    const { context, page, problems, dsfrRequests } = await openPage(1280);
    await page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Faire un diagnostic' })
      .waitFor();
    await page.getByRole('link', { name: 'Faire un diagnostic' }).first().click();
    await page.waitForURL(/\/diagnostic$/);
    expect(dsfrRequests).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
