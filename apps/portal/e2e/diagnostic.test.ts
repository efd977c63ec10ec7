import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { catalogue, localizeText, type Question } from '@vigie/diagnostic';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortalServer, type PortalServer } from '../portal-server.ts';
import { ensurePortalBuilt, launchChromium } from './support/browser.ts';
import { type RunningApi, startRealApi } from './support/start-api.ts';

let api: RunningApi | undefined;
let portal: PortalServer | undefined;
let browser: Browser | undefined;

// The demo providers, for the provider search an outcome offers.
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

/*
 * The journey the tests walk, read from the catalogue so that it holds whatever the families
 * add: the individual's entry question, its "no danger" answer, the category question that
 * answer leads to, and its "none of these" option, which always ends on the general outcome.
 */
const questionById = new Map(catalogue.questions.map((question) => [question.id, question]));
const entry = questionById.get(catalogue.entries.individual) as Question;
const noDanger = entry.options.find((option) => !option.flags?.includes('danger'))!;
const danger = entry.options.find((option) => option.flags?.includes('danger'))!;
const category = questionById.get((noDanger.next as { question: string }).question) as Question;
const noneOfThese = category.options.find((option) => option.id === 'none')!;
const policeChat = catalogue.orientations.find((orientation) => orientation.id === 'police-chat')!;
const generalThreat = catalogue.threats.find((threat) => threat.name.fr === 'Situation non identifiée')!;
/** What the outcome's provider search filters on: the threat's main service, the journey's public. */
const generalService = generalThreat.services[0]!;

const emergencyNotice = 'En cas de danger immédiat, appelez le 17 ou le 112 (SMS 114).';

type ApiSearch = {
  total: number;
  items: {
    name: string;
    city: string;
    postcode: string;
    approximate: boolean;
    label: string | null;
    services: string[];
  }[];
};

async function apiSearch(query: string): Promise<ApiSearch> {
  const response = await fetch(`${api!.url}/v1/providers?${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as ApiSearch;
}

/** The focused element is the page's h1, holding `name`. */
async function expectFocusOnHeading(page: Page, name: string) {
  // French typography puts no-break spaces in the texts: compare words, not spaces.
  await page.waitForFunction((text) => {
    const words = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim();
    const focused = document.activeElement;
    return focused?.tagName === 'H1' && words(focused.textContent) === words(text);
  }, name);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe (WCAG 2.1 A and AA, and its best practices) on the page as it stands. */
async function expectNoAxeViolations(page: Page, state: string) {
  // Evaluated by the browser's debugging protocol: the page's script policy does not apply.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (options: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return result.violations.map(
      (violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
    );
  });
  expect({ state, violations }).toEqual({ state, violations: [] });
}

/** Console errors and CSP violations: a blocked Remix script would break hydration silently. */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

async function newPage(options: {
  javaScriptEnabled: boolean;
}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser!.newContext({ locale: 'fr-FR', ...options });
  const page = await context.newPage();
  return { context, page };
}

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

/** Opens /diagnostic; with JavaScript, waits for hydration so clicks go through Remix. */
async function openDiagnostic(page: Page, javaScriptEnabled: boolean) {
  const response = await page.goto(`${portal!.url}/diagnostic`);
  expect(response?.status()).toBe(200);
  if (javaScriptEnabled)
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));
  await h1(page, 'Faire un diagnostic').waitFor();
}

/** Ticks an option the way a visitor does: the DSFR draws the box on the label, over the real input. */
async function choose(page: Page, label: string | RegExp) {
  const input = page.getByLabel(label, { exact: true });
  await page.locator(`label[for="${await input.getAttribute('id')}"]`).click();
  expect(await input.isChecked()).toBe(true);
}

async function chooseIndividual(page: Page) {
  await choose(page, /^Particulier\b/);
  await page.getByRole('button', { name: 'Commencer le diagnostic' }).click();
  await h1(page, entry.text.fr).waitFor();
}

async function answerWith(page: Page, label: string, nextHeading: string) {
  await choose(page, label);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await h1(page, nextHeading).waitFor();
}

/** The journey state the address carries, decoded. */
function journeyInUrl(page: Page): { p: string; a: string[][] } | null {
  const param = new URL(page.url()).searchParams.get('parcours');
  return param ? JSON.parse(Buffer.from(param, 'base64url').toString('utf8')) : null;
}

/** Individual -> no danger -> none of these -> "Situation non identifiée", checked on the way. */
async function walkToGeneralOutcome(page: Page) {
  await chooseIndividual(page);
  expect(journeyInUrl(page)).toMatchObject({ p: 'individual', a: [] });
  await page.getByText(emergencyNotice).waitFor();
  await page.getByText('Particulier — question 1').waitFor();

  await answerWith(page, noDanger.label.fr, category.text.fr);
  await page.getByText('Particulier — question 2').waitFor();
  expect(await page.locator('#danger-alert').count()).toBe(0);
  expect(journeyInUrl(page)?.a).toEqual([[entry.id, noDanger.id]]);

  await answerWith(page, noneOfThese.label.fr, 'Situation non identifiée');
  expect(journeyInUrl(page)?.a).toEqual([
    [entry.id, noDanger.id],
    [category.id, 'none'],
  ]);
}

async function expectGeneralOutcome(page: Page) {
  await h1(page, 'Situation non identifiée').waitFor();
  expect(await page.title()).toBe('Situation non identifiée — Résultat du diagnostic — Vigie');
  expect(await page.locator('#outcome-severity').textContent()).toBe('Gravité\u00a0: Information');
  await page.getByText(emergencyNotice).waitFor();

  const orientations = page.getByRole('region', { name: 'Où vous adresser' });
  const chat = orientations.getByRole('heading', { level: 3, name: policeChat.name.fr });
  await chat.waitFor();
  const chatLink = page.locator('#orientation-police-chat a[href^="http"]').first();
  expect(await chatLink.getAttribute('href')).toBe(policeChat.url);
  expect(await chatLink.getAttribute('rel')).toContain('noopener');
  // "Find a provider" leads to the search on this very page, which also links to the directory.
  expect(
    await page
      .locator('#orientation-provider')
      .getByRole('link', { name: 'Trouver un prestataire' })
      .getAttribute('href'),
  ).toBe('#trouver-un-prestataire');
  const providers = page.getByRole('region', { name: 'Trouver un prestataire près de chez vous' });
  expect(
    await providers.getByRole('link', { name: 'Parcourir l’annuaire des prestataires' }).getAttribute('href'),
  ).toBe(`/prestataires?public=individual&service=${generalService}`);

  const advice = page.getByRole('region', { name: 'Nos conseils' });
  const phases = await advice.getByRole('heading', { level: 3 }).allTextContents();
  const order = ['Mettre fin à l’atteinte', 'Conserver les preuves', 'Signaler', 'Se rétablir', 'Prévenir'];
  expect(phases.length).toBeGreaterThan(0);
  expect(phases).toEqual(order.filter((phase) => phases.includes(phase)));

  const answers = page.getByRole('region', { name: 'Revoir mes réponses' });
  // Exact texts as the page sets them, French typography included.
  const fr = (text: Question['text']) => localizeText(text, 'fr');
  expect(await answers.locator('dt').allTextContents()).toEqual([fr(entry.text), fr(category.text)]);
  expect(await answers.locator('dd:not(:has(a))').allTextContents()).toEqual([
    fr(noDanger.label),
    fr(noneOfThese.label),
  ]);
  await page.getByRole('link', { name: 'Recommencer' }).waitFor();
}

describe('diagnostic in a real browser', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`walks a journey to its outcome, and keeps it through Back, Forward and reload (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const { context, page } = await newPage({ javaScriptEnabled });
      const problems = collectProblems(page);
      await openDiagnostic(page, javaScriptEnabled);
      await walkToGeneralOutcome(page);
      await expectGeneralOutcome(page);
      const outcomeUrl = page.url();

      // The browser's Back returns to the category question, unanswered (Post/Redirect/Get: no resubmission).
      await page.goBack();
      await h1(page, category.text.fr).waitFor();
      await page.reload();
      await h1(page, category.text.fr).waitFor();
      expect(journeyInUrl(page)?.a).toEqual([[entry.id, noDanger.id]]);

      await page.goForward();
      await h1(page, 'Situation non identifiée').waitFor();
      expect(page.url()).toBe(outcomeUrl);
      await page.reload();
      await expectGeneralOutcome(page);

      // The page's own Back control, then "Change" on an answer.
      await page.getByRole('link', { name: 'Retour à la dernière question' }).click();
      await h1(page, category.text.fr).waitFor();
      await page.getByRole('link', { name: 'Retour', exact: true }).click();
      await h1(page, entry.text.fr).waitFor();
      expect(journeyInUrl(page)?.a).toEqual([]);
      await page.getByRole('link', { name: 'Retour', exact: true }).click();
      await h1(page, 'Faire un diagnostic').waitFor();

      expect(problems).toEqual([]);
      await context.close();
    });

    it(`shows an error summary linking to the question when nothing is chosen (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const { context, page } = await newPage({ javaScriptEnabled });
      await openDiagnostic(page, javaScriptEnabled);

      await page.getByRole('button', { name: 'Commencer le diagnostic' }).click();
      const publicSummary = page.getByRole('region', { name: 'Le formulaire contient une erreur' });
      await publicSummary
        .getByRole('link', { name: 'Indiquez pour qui vous faites ce diagnostic.' })
        .waitFor();

      await chooseIndividual(page);
      const before = page.url();
      await page.getByRole('button', { name: 'Continuer' }).click();
      const summary = page.getByRole('region', { name: 'Le formulaire contient une erreur' });
      const link = summary.getByRole('link', { name: 'Choisissez une réponse pour continuer.' });
      await link.waitFor();
      // Same question, same state, and the message beside the field too.
      await h1(page, entry.text.fr).waitFor();
      expect(journeyInUrl(page)).toEqual(
        JSON.parse(Buffer.from(new URL(before).searchParams.get('parcours')!, 'base64url').toString('utf8')),
      );
      await page.locator('#question-messages').getByText('Choisissez une réponse pour continuer.').waitFor();
      const target = (await link.getAttribute('href'))!;
      expect(await page.locator(target).getAttribute('name')).toBe('option');
      if (javaScriptEnabled) {
        // With JavaScript the summary takes the focus, so a screen reader announces it.
        await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
      }

      // Fixing the error moves on.
      await answerWith(page, noDanger.label.fr, category.text.fr);
      expect(await page.locator('#error-summary').count()).toBe(0);
      await context.close();
    });
  }

  it('warns about immediate danger before the next question, and on the outcome', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: true });
    const problems = collectProblems(page);
    await openDiagnostic(page, true);
    await chooseIndividual(page);
    expect(await page.locator('#danger-alert').count()).toBe(0);

    await answerWith(page, danger.label.fr, category.text.fr);
    const alert = page.locator('#danger-alert');
    await alert
      .getByRole('heading', { name: 'Danger immédiat : appelez le 17 ou le 112 maintenant' })
      .waitFor();
    expect(await alert.getByRole('link', { name: 'Appeler le 17' }).getAttribute('href')).toBe('tel:17');
    // Before the question in reading order.
    const alertFirst = await page.evaluate(() => {
      const heading = document.querySelector('h1');
      const warning = document.getElementById('danger-alert');
      return (
        !!heading &&
        !!warning &&
        !!(warning.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING)
      );
    });
    expect(alertFirst).toBe(true);

    await answerWith(page, noneOfThese.label.fr, 'Situation non identifiée');
    await page.locator('#danger-alert').waitFor();
    expect(await page.locator('#outcome-severity').textContent()).toBe('Gravité\u00a0: Critique');
    await page.locator('#urgent-alert').waitFor();
    const cards = await page.locator('#orientations h3').allTextContents();
    expect(cards.slice(0, 2)).toEqual([
      catalogue.orientations.find((o) => o.id === 'emergency-17')!.name.fr,
      policeChat.name.fr,
    ]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('explains a tampered address and offers a fresh start instead of an error page', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: true });
    const response = await page.goto(`${portal!.url}/diagnostic?parcours=bm90LWEtam91cm5leQ`);
    expect(response?.status()).toBe(400);
    await h1(page, 'Ce diagnostic ne peut pas être repris').waitFor();
    await page.getByRole('link', { name: 'Recommencer le diagnostic' }).click();
    await h1(page, 'Faire un diagnostic').waitFor();
    await context.close();
  });

  it('moves the keyboard focus to each new heading: question after an answer, outcome, question after "Change"', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: true });
    const problems = collectProblems(page);
    await openDiagnostic(page, true);
    // Keyboard only: arrow keys choose a radio, Enter on the button sends the form.
    await page.locator('#public-individual').focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Commencer le diagnostic' }).press('Enter');
    await h1(page, entry.text.fr).waitFor();
    await expectFocusOnHeading(page, entry.text.fr);

    await page.locator(`#option-${noDanger.id}`).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Continuer' }).press('Enter');
    await h1(page, category.text.fr).waitFor();
    await expectFocusOnHeading(page, category.text.fr);
    // Tab goes on from the heading to the answers, not from the top of the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe(
      'option',
    );

    await page.locator('#option-none').focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Continuer' }).press('Enter');
    await h1(page, 'Situation non identifiée').waitFor();
    await expectFocusOnHeading(page, 'Situation non identifiée');

    // "Change" on the second answer.
    await page.locator('.vigie-answers__row').nth(1).getByRole('link').press('Enter');
    await h1(page, category.text.fr).waitFor();
    await expectFocusOnHeading(page, category.text.fr);
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`finds providers from the outcome, with its service and public, on the same page (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const { context, page } = await newPage({ javaScriptEnabled });
      const problems = collectProblems(page);
      await openDiagnostic(page, javaScriptEnabled);
      await walkToGeneralOutcome(page);
      const outcomeUrl = new URL(page.url());

      const section = page.getByRole('region', { name: 'Trouver un prestataire près de chez vous' });
      await section.getByText('Service recherché').waitFor();
      if (javaScriptEnabled) {
        // The card's action leads to the field.
        await page
          .locator('#orientation-provider')
          .getByRole('link', { name: 'Trouver un prestataire' })
          .click();
        await page.waitForFunction(() => document.activeElement?.id === 'outcome-providers-near');
      }
      await section.getByLabel('Code postal ou commune').fill('75011');
      await section.getByRole('button', { name: 'Rechercher' }).click();

      const expected = await apiSearch(`near=75011&service=${generalService}&public=individual&page_size=5`);
      expect(expected.total).toBeGreaterThan(0);
      const heading = section.getByRole('heading', {
        level: 3,
        name: /prestataires? dans un rayon de 30 km/,
      });
      await heading.waitFor();
      // Still the outcome, its journey in the address beside the place.
      await h1(page, 'Situation non identifiée').waitFor();
      const url = new URL(page.url());
      expect(url.searchParams.get('parcours')).toBe(outcomeUrl.searchParams.get('parcours'));
      expect(url.searchParams.get('near')).toBe('75011');

      const names = await section.locator('#outcome-providers-list h4').allTextContents();
      expect(names).toEqual(expected.items.map((item) => item.name));
      const details = await section.locator('#outcome-providers-list li > p.fr-text--sm').allTextContents();
      expected.items.forEach((item, index) => {
        expect(details[index]).toContain(`${item.city} (${item.postcode})`);
        expect(details[index]).toMatch(item.approximate ? /^à environ \d+ km/ : /^à [\d,\s\u202f]+ (km|m)/);
      });
      const labelled = await section
        .locator('#outcome-providers-list li')
        .evaluateAll((items) =>
          items.map((item) => item.textContent?.includes('Labellisé ExpertCyber') ?? false),
        );
      expect(labelled).toEqual(expected.items.map((item) => item.label === 'expertcyber'));
      const full = await section
        .getByRole('link', { name: 'Voir tous les résultats dans l’annuaire' })
        .getAttribute('href');
      const fullParams = new URL(full!, portal!.url).searchParams;
      expect(fullParams.getAll('service')).toEqual([generalService]);
      expect(fullParams.get('public')).toBe('individual');
      if (javaScriptEnabled)
        await page.waitForFunction(() => document.activeElement?.id === 'outcome-providers-results');

      // Each result's profile offers the outcome's service.
      for (const item of expected.items) expect(item.services).toContain(generalService);

      expect(problems).toEqual([]);
      await context.close();
    });

    it(`says a place is unknown beside the field, the outcome still there (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const { context, page } = await newPage({ javaScriptEnabled });
      await openDiagnostic(page, javaScriptEnabled);
      await walkToGeneralOutcome(page);
      const section = page.getByRole('region', { name: 'Trouver un prestataire près de chez vous' });
      const field = section.getByLabel('Code postal ou commune');
      await field.fill('Atlantide');
      await section.getByRole('button', { name: 'Rechercher' }).click();
      const message = section.getByText(/^Nous ne trouvons pas «\s*Atlantide\s*»\./);
      await message.waitFor();
      await h1(page, 'Situation non identifiée').waitFor();
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect((await field.getAttribute('aria-describedby'))?.split(' ')).toContain(
        await message.getAttribute('id'),
      );
      expect(await field.inputValue()).toBe('Atlantide');
      if (javaScriptEnabled)
        await page.waitForFunction(() => document.activeElement?.id === 'outcome-providers-near');
      await context.close();
    });
  }

  it('searches around the visitor’s position with "Autour de moi", and asks for a place when the field is empty', async () => {
    const context = await browser!.newContext({
      locale: 'fr-FR',
      geolocation: { latitude: 45.764, longitude: 4.836 },
      permissions: ['geolocation'],
    });
    const page = await context.newPage();
    await openDiagnostic(page, true);
    await walkToGeneralOutcome(page);
    const section = page.getByRole('region', { name: 'Trouver un prestataire près de chez vous' });

    await section.getByRole('button', { name: 'Rechercher' }).click();
    await section.getByText('Saisissez un code postal ou une commune.').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'outcome-providers-near');

    await section.getByRole('button', { name: 'Autour de moi' }).click();
    await section.getByRole('heading', { level: 3, name: /autour de votre position$/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('near')).toBe('45.764,4.836');
    const expected = await apiSearch(
      `near=45.764,4.836&service=${generalService}&public=individual&page_size=5`,
    );
    expect(await section.locator('#outcome-providers-list h4').allTextContents()).toEqual(
      expected.items.map((item) => item.name),
    );
    await context.close();
  });

  it('passes axe on a question, an error, an outcome with providers and an unknown place', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: true });
    await openDiagnostic(page, true);
    await chooseIndividual(page);
    await expectNoAxeViolations(page, 'question');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.locator('#error-summary').waitFor();
    await expectNoAxeViolations(page, 'refused answer');
    await answerWith(page, noDanger.label.fr, category.text.fr);
    await answerWith(page, noneOfThese.label.fr, 'Situation non identifiée');
    const section = page.getByRole('region', { name: 'Trouver un prestataire près de chez vous' });
    await section.getByLabel('Code postal ou commune').fill('69001');
    await section.getByRole('button', { name: 'Rechercher' }).click();
    await section.locator('#outcome-providers-list').waitFor();
    await expectNoAxeViolations(page, 'outcome with providers');
    await section.getByLabel('Code postal ou commune').fill('Atlantide');
    await section.getByRole('button', { name: 'Rechercher' }).click();
    await section.locator('#outcome-providers-error').waitFor();
    await expectNoAxeViolations(page, 'unknown place');
    await context.close();
  });
});

describe('diagnostic over HTTP', () => {
  const post = (pathAndQuery: string, fields: [string, string][], headers: Record<string, string> = {}) =>
    fetch(`${portal!.url}${pathAndQuery}`, {
      method: 'POST',
      body: new URLSearchParams(fields),
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      redirect: 'manual',
    });

  it('answers each post with a 303 to the next step’s address', async () => {
    const started = await post('/diagnostic', [
      ['intent', 'start'],
      ['public', 'business'],
    ]);
    expect(started.status).toBe(303);
    const first = started.headers.get('location')!;
    expect(first).toMatch(/^\/diagnostic\?parcours=[A-Za-z0-9_-]+$/);

    const businessEntry = questionById.get(catalogue.entries.business)!;
    const answered = await post(first, [
      ['intent', 'answer'],
      ['question', businessEntry.id],
      ['option', businessEntry.options.find((o) => !o.flags?.includes('danger'))!.id],
    ]);
    expect(answered.status).toBe(303);
    const next = await fetch(`${portal!.url}${answered.headers.get('location')}`);
    expect(next.status).toBe(200);
    expect(await next.text()).toContain('Entreprise ou association — question 2');
  });

  it('re-renders the question with a 400 and a 409 for a missing or stale answer, never a 500', async () => {
    const started = await post('/diagnostic', [
      ['intent', 'start'],
      ['public', 'individual'],
    ]);
    const first = started.headers.get('location')!;
    const missing = await post(first, [
      ['intent', 'answer'],
      ['question', entry.id],
    ]);
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('Choisissez une réponse pour continuer.');

    const stale = await post(first, [
      ['intent', 'answer'],
      ['question', category.id],
      ['option', 'none'],
    ]);
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('Les questions ont changé');
    expect(html).toContain(localizeText(entry.text, 'fr'));
  });

  it('refuses a tampered journey with a page saying so, on GET and on POST', async () => {
    const tampered = Buffer.from(
      JSON.stringify({ v: catalogue.version, p: 'individual', a: [[entry.id, 'not-an-option']] }),
    ).toString('base64url');
    const page = await fetch(`${portal!.url}/diagnostic?parcours=${tampered}`);
    expect(page.status).toBe(400);
    const html = await page.text();
    expect(html).toContain('Ce diagnostic ne peut pas être repris');
    expect(html).toContain('href="/diagnostic"');

    const posted = await post(`/diagnostic?parcours=${tampered}`, [
      ['intent', 'answer'],
      ['question', entry.id],
      ['option', noDanger.id],
    ]);
    expect(posted.status).toBe(400);
    expect(await posted.text()).toContain('Ce diagnostic ne peut pas être repris');
  });

  it('speaks English, catalogue texts included, when the lang cookie says so', async () => {
    const started = await post('/diagnostic', [
      ['intent', 'start'],
      ['public', 'individual'],
    ]);
    const response = await fetch(`${portal!.url}${started.headers.get('location')}`, {
      headers: { cookie: 'lang=en' },
    });
    const html = await response.text();
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toContain(entry.text.en);
    expect(html).toContain('If anyone is in immediate danger, call 17 or 112 (text 114).');
    expect(html).toContain('>Continue<');
  });
});
