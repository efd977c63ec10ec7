import { loadGazetteer } from '@vigie/geo';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortalApp, createPortalServer, type PortalServer } from '../portal-server.ts';
import { axeViolations } from './support/axe.ts';
import { ensurePortalBuilt, launchChromium } from './support/browser.ts';
import { type RunningApi, startRealApi } from './support/start-api.ts';

/*
 * The provider directory in Chromium, against the real API on a database seeded with the demo
 * providers. Map tiles come from a remote server this machine cannot reach: every tile request is
 * refused, and the pages must work all the same.
 */

const tileHost = /^https:\/\/tile\.openstreetmap\.org\//;

let api: RunningApi | undefined;
let portal: PortalServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  ensurePortalBuilt();
  api = await startRealApi({ seed: true });
  portal = await createPortalServer({ port: 0, host: '127.0.0.1', apiUrl: api.url });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await portal?.close();
  await api?.stop();
});

type ApiSearch = {
  total: number;
  items: { slug: string; name: string; distanceKm: number; approximate: boolean }[];
  facets: {
    services: Record<string, number>;
    publics: Record<string, number>;
    label: { expertcyber: number };
  };
  near: { label: string; approximate: boolean };
};

async function apiSearch(query: string): Promise<ApiSearch> {
  const response = await fetch(`${api!.url}/v1/providers?${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as ApiSearch;
}

async function newPage(
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser!.newContext({
    locale: 'fr-FR',
    viewport: { width: 1400, height: 1000 },
    ...options,
  });
  // Tiles are unreachable here: refuse them at once rather than wait for a network timeout.
  await context.route(tileHost, (route) => route.abort());
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // A refused tile is logged as a failed resource: expected here, and harmless to the page.
    if (message.type() === 'error' && !tileHost.test(message.location().url)) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { context, page, problems };
}

/** "à 3,2 km" / "à 400 m" / "à 1 234 km" -> kilometres. */
function kilometres(text: string): number {
  const match = /([\d\s\u202f\u00a0]+(?:,\d+)?)\s*(km|m)\b/.exec(text);
  if (!match) throw new Error(`No distance in "${text}"`);
  const value = Number(match[1]!.replace(/[\s\u202f\u00a0]/g, '').replace(',', '.'));
  return match[2] === 'm' ? value / 1000 : value;
}

/** Opens the filter panel (closed on a phone, and without JavaScript) the way a visitor does. */
async function openFilters(page: Page): Promise<void> {
  const panel = page.locator('details.vigie-filters');
  if (!(await panel.evaluate((details) => (details as HTMLDetailsElement).open))) {
    await panel.locator('summary').click();
  }
  await page.waitForFunction(() => document.querySelector<HTMLDetailsElement>('details.vigie-filters')?.open);
}

/** JavaScript files the page received that hold Leaflet (its source names its home page). */
function leafletWatch(page: Page): { loaded: () => boolean } {
  let loaded = false;
  page.on('response', async (response) => {
    if (!response.url().endsWith('.js')) return;
    const body = await response.text().catch(() => '');
    if (body.includes('leafletjs.com')) loaded = true;
  });
  return { loaded: () => loaded };
}

/** Ticks a DSFR checkbox or radio the way a visitor does: the styled label covers the input. */
async function tick(page: Page, input: Locator): Promise<void> {
  await page.locator(`label[for="${await input.getAttribute('id')}"]`).click();
  expect(await input.isChecked()).toBe(true);
}

const resultsHeading = (page: Page) => page.locator('#providers-results-heading');
const distances = async (page: Page) =>
  (await page.locator('.vigie-provider-card__distance').allTextContents()).map(kilometres);
const placeField = (page: Page) => page.getByLabel('Code postal ou commune');
const nf = (n: number) => new Intl.NumberFormat('fr-FR').format(n);

describe('provider directory in a real browser', () => {
  it('finds providers around 69001: the count, the nearest first, and the map as another view of the list', async () => {
    const expected = await apiSearch('near=69001');
    expect(expected.total).toBeGreaterThan(20);
    const { context, page, problems } = await newPage();
    const response = await page.goto(`${portal!.url}/prestataires`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toMatch(
      /img-src 'self' data: https:\/\/tile\.openstreetmap\.org;/,
    );
    await page.getByRole('heading', { level: 1, name: 'Trouver un prestataire' }).waitFor();
    // Hydrated: "Near me" only exists once JavaScript runs.
    await page.getByRole('button', { name: 'Autour de moi' }).waitFor();

    await placeField(page).fill('69001');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await page.waitForURL((url) => url.search === '?near=69001');
    const sentence = `${nf(expected.total)} prestataires dans un rayon de 30 km autour de ${expected.near.label}`;
    await page.getByRole('heading', { level: 2, name: sentence }).waitFor();
    // The count sits in a polite live region, so a screen reader hears it after a client-side search.
    expect(
      await page
        .locator('[aria-live="polite"]')
        .filter({ has: resultsHeading(page) })
        .count(),
    ).toBe(1);
    await expect(page.title()).resolves.toBe(`${sentence} — Trouver un prestataire — Vigie`);

    const cards = page.locator('.vigie-provider-card');
    expect(await cards.count()).toBe(20);
    const shown = await distances(page);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    expect(shown[0]).toBeCloseTo(expected.items[0]!.distanceKm, 1);
    expect(await cards.first().getByRole('heading', { level: 3 }).getByRole('link').textContent()).toBe(
      expected.items[0]!.name,
    );
    // Numbered like the pins of the map.
    expect(await cards.locator('.vigie-result-number').allTextContents()).toEqual(
      Array.from({ length: 20 }, (_, i) => String(i + 1)),
    );
    expect(await page.getByText(`Page 1 sur ${Math.ceil(expected.total / 20)}`).count()).toBe(1);
    await page.screenshot({ path: '/tmp/providers-list.png' });
    expect(await axeViolations(page)).toEqual([]);

    // The list is the view by default, on a wide screen too: no map until asked for.
    const map = page.getByRole('region', { name: 'Carte des prestataires' });
    expect(await map.count()).toBe(0);
    const views = page.getByRole('navigation', { name: 'Affichage des résultats' });
    expect(await views.getByRole('link', { name: 'Liste' }).getAttribute('aria-current')).toBe('true');
    await views.getByRole('link', { name: 'Carte' }).click();
    await page.waitForURL((url) => url.search === '?near=69001&vue=carte');
    // The map: one numbered marker per result, each a named button, with no tile loaded and nothing broken.
    await map.waitFor();
    expect(await cards.count()).toBe(0);
    const markers = map.locator('.vigie-map-marker');
    await expect.poll(() => markers.count()).toBe(20);
    expect(await markers.first().getAttribute('aria-label')).toBe(`1. ${expected.items[0]!.name}`);
    expect(await markers.locator('.vigie-map-marker__number').allTextContents()).toEqual(
      Array.from({ length: 20 }, (_, i) => String(i + 1)),
    );
    expect(await page.getByRole('button', { name: 'Zoomer', exact: true }).count()).toBe(1);
    expect(await views.getByRole('link', { name: 'Carte' }).getAttribute('aria-current')).toBe('true');
    // The pagination pages through the map view as well.
    expect(await page.getByRole('link', { name: 'Page suivante' }).getAttribute('href')).toBe(
      '/prestataires?near=69001&vue=carte&page=2',
    );

    await page.screenshot({ path: '/tmp/providers-map.png' });
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('filters by a service and by the ExpertCyber label, showing the counts beside the filters', async () => {
    const all = await apiSearch('near=69001');
    const forensics = all.facets.services.forensics ?? 0;
    expect(forensics).toBeGreaterThan(0);
    const { context, page, problems } = await newPage();
    await page.goto(`${portal!.url}/prestataires?near=69001`);
    await page.getByRole('button', { name: 'Autour de moi' }).waitFor();

    // The count is shown beside each filter, and is part of its name: a screen reader says what the eye reads.
    const service = page.getByRole('checkbox', {
      name: `Investigation numérique (${forensics})`,
      exact: true,
    });
    const serviceLabel = page.locator(`label[for="${await service.getAttribute('id')}"]`);
    expect(await serviceLabel.textContent()).toBe(`Investigation numérique (${forensics})`);
    const individuals = all.facets.publics.individual ?? 0;
    await page.getByRole('radio', { name: `Particuliers (${individuals})`, exact: true }).waitFor();
    await tick(page, service);
    await page.getByRole('button', { name: 'Appliquer les filtres' }).click();
    await page.waitForURL((url) => url.search === '?near=69001&service=forensics');
    await page
      .getByRole('heading', { level: 2, name: new RegExp(`^${forensics} prestataires? dans un rayon`) })
      .waitFor();
    const cards = page.locator('.vigie-provider-card');
    expect(await cards.count()).toBe(Math.min(20, forensics));
    for (const card of await cards.all()) {
      expect(await card.locator('.fr-tag', { hasText: 'Investigation numérique' }).count()).toBe(1);
    }

    const withService = await apiSearch('near=69001&service=forensics');
    const labelled = withService.facets.label.expertcyber;
    await tick(page, page.getByRole('checkbox', { name: /^Labellisés ExpertCyber uniquement/ }));
    await page.getByRole('button', { name: 'Appliquer les filtres' }).click();
    await page.waitForURL((url) => url.search === '?near=69001&service=forensics&label=expertcyber');
    if (labelled === 0) {
      await page.getByRole('heading', { level: 2, name: /^Aucun prestataire/ }).waitFor();
      await page.getByRole('link', { name: /élargir la zone de recherche à 50 km/ }).waitFor();
    } else {
      await page
        .getByRole('heading', { level: 2, name: new RegExp(`^${labelled} prestataires? dans un rayon`) })
        .waitFor();
      for (const card of await cards.all()) {
        expect(await card.getByText('Labellisé ExpertCyber').count()).toBe(1);
      }
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens a profile from the list and comes back to the same results', async () => {
    const expected = await apiSearch('near=69001&label=expertcyber');
    const first = expected.items[0]!;
    const { context, page, problems } = await newPage();
    await page.goto(`${portal!.url}/prestataires?near=69001&label=expertcyber`);
    await page.getByRole('button', { name: 'Autour de moi' }).waitFor();
    await page.getByRole('link', { name: first.name, exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/prestataires/${first.slug}`);
    await page.getByRole('heading', { level: 1, name: first.name }).waitFor();
    await expect(page.title()).resolves.toBe(`${first.name} — Prestataire — Vigie`);
    expect(await page.getByText('Labellisé ExpertCyber').count()).toBeGreaterThan(0);
    for (const section of [
      'Services proposés',
      'Publics accompagnés',
      'Intervention',
      'Horaires',
      'Label ExpertCyber',
    ]) {
      await page.getByRole('heading', { level: 2, name: section }).waitFor();
    }
    await page.getByText('Numéro de certificat').waitFor();
    const contact = page.locator('.vigie-provider-contact');
    expect(await contact.locator('a[href^="tel:"], a[href^="mailto:"]').count()).toBeGreaterThan(0);
    // The map of the address comes only when asked for.
    const locationMap = page.getByRole('region', { name: new RegExp(`^Carte situant ${first.name}`) });
    expect(await locationMap.count()).toBe(0);
    await page.getByRole('button', { name: 'Afficher sur une carte' }).click();
    await locationMap.waitFor();
    await page.screenshot({ path: '/tmp/provider-profile.png', fullPage: true });

    await page.getByRole('link', { name: 'Retour aux résultats' }).click();
    await page.waitForURL(
      (url) => url.pathname === '/prestataires' && url.search === '?near=69001&label=expertcyber',
    );
    await page.getByRole('link', { name: first.name, exact: true }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says clearly when the place is unknown, next to the field too', async () => {
    const { context, page, problems } = await newPage();
    await page.goto(`${portal!.url}/prestataires`);
    await page.getByRole('button', { name: 'Autour de moi' }).waitFor();
    await placeField(page).fill('Atlantide-sur-Mer');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Lieu introuvable' }).waitFor();
    expect(await page.locator('.fr-alert--error').textContent()).toContain(
      'Nous ne trouvons pas «\u00a0Atlantide-sur-Mer\u00a0»',
    );
    expect(await placeField(page).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.fr-error-text').textContent()).toContain('code postal à 5 chiffres');
    expect(await page.locator('.vigie-provider-card').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('offers the other communes of the same name, and searches exactly the one chosen', async () => {
    const { context, page, problems } = await newPage();
    await page.goto(`${portal!.url}/prestataires?near=Saint-Denis`);
    await page.getByRole('heading', { level: 2, name: /autour de Saint-Denis \(\d+\)$/ }).waitFor();
    const chosen = (await resultsHeading(page).textContent())!.match(/Saint-Denis \((\d+)\)$/)![1];
    const other = chosen === '93' ? { dep: '974', code: '97411' } : { dep: '93', code: '93066' };
    await page.getByText('Vouliez-vous dire :').waitFor();
    await page.getByRole('link', { name: `Saint-Denis (${other.dep})`, exact: true }).click();
    await page
      .getByRole('heading', { level: 2, name: new RegExp(`autour de Saint-Denis \\(${other.dep}\\)$`) })
      .waitFor();
    // The address names the commune by its code; people read its name.
    expect(new URL(page.url()).searchParams.get('near')).toBe(`insee:${other.code}`);
    expect(await placeField(page).inputValue()).toBe(`Saint-Denis (${other.dep})`);
    await expect(page.title()).resolves.toContain(`autour de Saint-Denis (${other.dep})`);
    expect(await page.getByText('Vouliez-vous dire :').count()).toBe(0);

    // Searching again from the same field keeps the same commune; editing the text searches the text.
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('near') === `insee:${other.code}`);
    await placeField(page).fill('Villeurbanne');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('near') === 'Villeurbanne');
    await page.getByRole('heading', { level: 2, name: /autour de Villeurbanne \(69\)$/ }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the exact commune when a form is sent again without JavaScript', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: false });
    await page.goto(`${portal!.url}/prestataires?near=insee:97411`);
    await page.getByRole('heading', { level: 2, name: /autour de Saint-Denis \(974\)$/ }).waitFor();
    expect(await placeField(page).inputValue()).toBe('Saint-Denis (974)');
    await openFilters(page);
    await tick(page, page.getByRole('radio', { name: /^Particuliers/ }));
    await page.getByRole('button', { name: 'Appliquer les filtres' }).click();
    await page.waitForURL((url) => url.searchParams.get('public') === 'individual');
    await page.getByRole('heading', { level: 2, name: /autour de Saint-Denis \(974\)$/ }).waitFor();
    expect(await placeField(page).inputValue()).toBe('Saint-Denis (974)');
    await context.close();
  });

  it('works without JavaScript: the form, the filters, the pages and the profiles', async () => {
    const expected = await apiSearch('near=69001');
    const { context, page } = await newPage({ javaScriptEnabled: false });
    await page.goto(`${portal!.url}/prestataires`);
    // What needs JavaScript is not offered: no "Near me", no map.
    expect(await page.getByRole('button', { name: 'Autour de moi' }).count()).toBe(0);

    await placeField(page).fill('69001');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('near') === '69001');
    await page
      .getByRole('heading', { level: 2, name: new RegExp(`^${nf(expected.total)} prestataires`) })
      .waitFor();
    expect(await page.locator('.vigie-provider-card').count()).toBe(20);
    expect(await page.getByRole('region', { name: 'Carte des prestataires' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Page suivante' }).click();
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    await page.getByText(`Page 2 sur ${Math.ceil(expected.total / 20)}`).waitFor();
    const shown = await distances(page);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));

    // The map view says it needs JavaScript, and leads back to the list.
    await page.getByRole('link', { name: 'Carte', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('vue') === 'carte');
    await page.getByText('La carte a besoin de JavaScript').waitFor();
    await page.getByRole('link', { name: 'Voir la liste des résultats' }).click();
    await page.waitForURL(
      (url) => url.searchParams.get('vue') === null && url.searchParams.get('page') === '2',
    );

    await openFilters(page);
    await tick(page, page.getByRole('checkbox', { name: /^Labellisés ExpertCyber uniquement/ }));
    await page.getByRole('button', { name: 'Appliquer les filtres' }).click();
    await page.waitForURL((url) => url.searchParams.get('label') === 'expertcyber');
    const labelled = (await apiSearch('near=69001&label=expertcyber')).total;
    await page.getByRole('heading', { level: 2, name: new RegExp(`^${labelled} prestataires?`) }).waitFor();
    // A new search starts on its first page.
    expect(new URL(page.url()).searchParams.get('page')).toBeNull();

    await page.locator('.vigie-provider-card h3 a').first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/prestataires/'));
    await page.getByRole('heading', { level: 2, name: 'Contacter ce prestataire' }).waitFor();
    await context.close();
  });

  it('moves focus to the results after a page change, and lets the keyboard reach the map’s providers', async () => {
    const expected = await apiSearch('near=69001&page=2');
    const { context, page, problems } = await newPage();
    await page.goto(`${portal!.url}/prestataires?near=69001&vue=carte`);
    await page.getByRole('button', { name: 'Autour de moi' }).waitFor();
    await page.getByRole('link', { name: 'Page suivante' }).click();
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    await page.waitForFunction(() => document.activeElement?.id === 'providers-results-heading');

    const marker = page.locator('.vigie-map-marker').first();
    // Page 2 goes on from 21, on the pins as in the list.
    await expect.poll(() => marker.getAttribute('aria-label')).toBe(`21. ${expected.items[0]!.name}`);
    await marker.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.classList.contains('vigie-map-popup__link'));
    expect(await page.locator('.vigie-map-popup__link').textContent()).toBe(expected.items[0]!.name);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/prestataires/${expected.items[0]!.slug}`);
    await page.getByRole('heading', { level: 1, name: expected.items[0]!.name }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('searches around the browser’s position with "Autour de moi"', async () => {
    const { context, page, problems } = await newPage({
      geolocation: { latitude: 45.7641, longitude: 4.8357 },
      permissions: ['geolocation'],
    });
    await page.goto(`${portal!.url}/prestataires?radius_km=10`);
    await page.getByRole('button', { name: 'Autour de moi' }).click();
    await page.waitForURL((url) => url.searchParams.get('near') === '45.764,4.836');
    await page
      .getByRole('heading', { level: 2, name: /dans un rayon de 10 km autour de votre position$/ })
      .waitFor();
    expect(await page.locator('.vigie-provider-card').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('suggests places as the visitor types, through the portal', async () => {
    const { context, page, problems } = await newPage();
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.goto(`${portal!.url}/prestataires`);
    await page.getByRole('button', { name: 'Autour de moi' }).waitFor();
    await placeField(page).pressSequentially('lyon', { delay: 30 });
    const listId = await placeField(page).getAttribute('list');
    const options = page.locator('datalist option');
    expect(await page.locator('datalist').getAttribute('id')).toBe(listId);
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    const values = await options.evaluateAll((nodes) =>
      nodes.map((node) => (node as HTMLOptionElement).value),
    );
    // The city as a whole, and its arrondissements, each by the label the API gives it.
    expect(values).toContain('Lyon (69)');
    expect(values).toContain('Lyon 3e Arrondissement (69)');
    expect(asked).toContain('/prestataires/lieux.json');

    // Choosing a suggestion puts its label in the field; the search goes to exactly that place.
    await placeField(page).fill('Lyon (69)');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('near') === 'insee:69123');
    await page.getByRole('heading', { level: 2, name: /autour de Lyon \(69\)$/ }).waitFor();
    expect(await placeField(page).inputValue()).toBe('Lyon (69)');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the diagnostic’s filters when it links here without a place', async () => {
    const { context, page } = await newPage();
    await page.goto(`${portal!.url}/prestataires?service=account-recovery&public=individual`);
    await page.getByRole('heading', { level: 2, name: 'Où avez-vous besoin d’aide ?' }).waitFor();
    // The panel says how many filters are on, and opens by itself beside the results on a wide screen.
    expect(await page.locator('details.vigie-filters summary').textContent()).toBe('Filtres (2 actifs)');
    await page.getByRole('button', { name: 'Autour de moi' }).waitFor();
    await page.waitForFunction(
      () => document.querySelector<HTMLDetailsElement>('details.vigie-filters')?.open,
    );
    expect(await page.getByRole('checkbox', { name: 'Récupération de comptes' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Particuliers' }).isChecked()).toBe(true);
    await placeField(page).fill('69001');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await page.waitForURL((url) => url.search === '?near=69001&public=individual&service=account-recovery');
    await context.close();
  });

  it('speaks English with the language cookie', async () => {
    const expected = await apiSearch('near=69001');
    const { context, page } = await newPage({ locale: 'en-GB' });
    await context.addCookies([{ name: 'lang', value: 'en', url: portal!.url }]);
    await page.goto(`${portal!.url}/prestataires?near=69001`);
    await page.getByRole('heading', { level: 1, name: 'Find a provider' }).waitFor();
    await page
      .getByRole('heading', {
        level: 2,
        name: `${expected.total} providers within 30 km of ${expected.near.label}`,
      })
      .waitFor();
    // "about 2 km away" when the place is an estimate.
    expect(await page.locator('.vigie-provider-card__distance').first().textContent()).toMatch(
      /^(about )?[\d.,]+ k?m away$/,
    );
    await context.close();
  });

  it('answers a real 404 for a provider nobody knows', async () => {
    const { context, page } = await newPage();
    const response = await page.goto(`${portal!.url}/prestataires/personne-de-ce-nom`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Prestataire introuvable' }).waitFor();
    await page.getByRole('link', { name: 'Rechercher un prestataire' }).waitFor();
    await context.close();
  });

  it('tells the visitor when the API is down, with a 503 rather than a broken page', async () => {
    const down = await createPortalApp({ apiUrl: 'http://127.0.0.1:9' });
    const search = await down.request('/prestataires?near=69001');
    expect(search.status).toBe(503);
    const html = await search.text();
    expect(html).toContain('Recherche momentanément indisponible');
    expect(html).toContain('value="69001"');
    const profile = await down.request('/prestataires/quelquun');
    expect(profile.status).toBe(503);
  });
});

/**
 * A commune the gazetteer only knows an estimated position of (as the API's own test finds one);
 * searched with remote help, so there are results whatever providers stand near it.
 */
function approximatePlaceSearch(): string {
  const estimated = loadGazetteer().communes.find((c) => c.approximate && !c.departement.startsWith('9'));
  if (!estimated) throw new Error('No commune of the gazetteer has an estimated position any more.');
  return `near=insee:${estimated.code}&remote=true`;
}

describe('provider directory on a phone (375 × 667)', () => {
  const phone: BrowserContextOptions = {
    viewport: { width: 375, height: 667 },
    isMobile: true,
    hasTouch: true,
  };

  it('shows the first result in the first screen, the filters in a closed panel that counts them, and loads the map only when opened', async () => {
    const query = 'near=69001&public=individual&remote=true';
    const expected = await apiSearch(query);
    expect(expected.total).toBeGreaterThan(1);
    const { context, page, problems } = await newPage(phone);
    const leaflet = leafletWatch(page);
    await page.goto(`${portal!.url}/prestataires?${query}`);
    await page.getByRole('button', { name: 'Autour de moi' }).waitFor();

    const panel = page.locator('details.vigie-filters');
    expect(await panel.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await panel.locator('summary').textContent()).toBe('Filtres (2 actifs)');
    const first = page.locator('.vigie-provider-card').first();
    expect(await first.getByRole('link').textContent()).toBe(expected.items[0]!.name);
    await page.screenshot({ path: '/tmp/providers-phone.png' });
    // The first result, its name included, is in the first screen, under the search field.
    const firstTop = (await first.boundingBox())!.y;
    const firstName = (await first.getByRole('link').boundingBox())!;
    const screen = await page.evaluate(() => ({ height: window.innerHeight, scrolled: window.scrollY }));
    expect(screen.scrolled).toBe(0);
    expect(firstName.y + firstName.height).toBeLessThan(Math.min(667, screen.height));
    expect((await placeField(page).boundingBox())!.y).toBeLessThan(firstTop);
    expect(await axeViolations(page)).toEqual([]);

    // No map code yet: Leaflet comes with the map view.
    expect(await page.evaluate(() => 'L' in window)).toBe(false);
    expect(leaflet.loaded()).toBe(false);
    await page.getByRole('link', { name: 'Carte', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('vue') === 'carte');
    const map = page.getByRole('region', { name: 'Carte des prestataires' });
    await map.waitFor();
    const numbers = map.locator('.vigie-map-marker__number');
    await expect.poll(() => numbers.count()).toBe(Math.min(20, expected.items.length));
    expect(await numbers.first().textContent()).toBe('1');
    expect(leaflet.loaded()).toBe(true);
    // The map fits the first screen under the search.
    expect((await map.boundingBox())!.y).toBeLessThan(Math.min(667, screen.height));
    await page.screenshot({ path: '/tmp/providers-phone-map.png' });
    expect(await axeViolations(page)).toEqual([]);

    // The panel opens with a tap, showing the filters with their counts.
    await openFilters(page);
    await page
      .getByRole('radio', { name: `Particuliers (${expected.facets.publics.individual})`, exact: true })
      .waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('puts the contact block of a profile before its description', async () => {
    const first = (await apiSearch('near=69001&label=expertcyber')).items[0]!;
    const { context, page, problems } = await newPage(phone);
    await page.goto(`${portal!.url}/prestataires/${first.slug}`);
    await page.getByRole('heading', { level: 1, name: first.name }).waitFor();
    const contact = page.getByRole('heading', { level: 2, name: 'Contacter ce prestataire' });
    const about = page.getByRole('heading', { level: 2, name: 'Présentation' });
    expect((await contact.boundingBox())!.y).toBeLessThan((await about.boundingBox())!.y);
    const link = page.locator('.vigie-provider-contact a').first();
    expect((await link.boundingBox())!.y).toBeLessThan((await about.boundingBox())!.y);
    await page.screenshot({ path: '/tmp/provider-profile-phone.png' });
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says when the searched place is only approximately known, and gives distances as "about N km"', async () => {
    const query = approximatePlaceSearch();
    const expected = await apiSearch(query);
    expect(expected.near.approximate).toBe(true);
    expect(expected.total).toBeGreaterThan(0);
    const place = expected.near;
    const { context, page, problems } = await newPage(phone);
    await page.goto(`${portal!.url}/prestataires?${query}`);
    await page
      .getByRole('heading', {
        level: 2,
        name: new RegExp(`autour de ${place.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      })
      .waitFor();
    expect(await page.locator('.vigie-approximate-place').textContent()).toBe(
      'Position approximative de la commune',
    );
    const shown = await page.locator('.vigie-provider-card__distance').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    for (const text of shown) expect(text).toMatch(/^à environ [\d\u202f]+ km$/);

    await context.addCookies([{ name: 'lang', value: 'en', url: portal!.url }]);
    await page.reload();
    await page.getByText('Approximate position of the commune').waitFor();
    for (const text of await page.locator('.vigie-provider-card__distance').allTextContents()) {
      expect(text).toMatch(/^about [\d,]+ km away$/);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('orders a text search by relevance and says so, with a one-click switch to distance order', async () => {
    const q = 'données';
    const byRelevance = await apiSearch(`near=69001&q=${encodeURIComponent(q)}`);
    expect(byRelevance.total).toBeGreaterThan(1);
    const { context, page, problems } = await newPage(phone);
    await page.goto(`${portal!.url}/prestataires?near=69001&q=${encodeURIComponent(q)}`);
    await page.getByText('Triés par pertinence pour «\u00a0données\u00a0»').waitFor();
    const names = () => page.locator('.vigie-provider-card h3 a').allTextContents();
    expect(await names()).toEqual(byRelevance.items.map((item) => item.name));

    await page.getByRole('link', { name: 'Trier par distance' }).click();
    await page.waitForURL((url) => url.searchParams.get('tri') === 'distance');
    await page.getByText('Triés par distance, du plus proche au plus éloigné').waitFor();
    // The portal shows what the API answers for `sort=distance`.
    const byDistance = await apiSearch(`near=69001&q=${encodeURIComponent(q)}&sort=distance`);
    await expect.poll(names).toEqual(byDistance.items.map((item) => item.name));
    expect(await page.getByRole('link', { name: 'Trier par pertinence' }).getAttribute('href')).toBe(
      `/prestataires?near=69001&q=${encodeURIComponent(q)}`,
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
