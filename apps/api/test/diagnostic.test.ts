import { CATALOGUE_VERSION, catalogue, localizeText } from '@vigie/diagnostic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, jsonRequest, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(() => {
  t = createTestApp();
});
afterAll(() => t.close());

describe('GET /v1/diagnostic', () => {
  it('returns the whole bilingual catalogue with its version and an ETag', async () => {
    const res = await t.app.request('/v1/diagnostic');
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toMatch(/^"[^"]+"$/);
    expect(res.headers.get('cache-control')).toContain('max-age=');
    const body = (await res.json()) as { version: string; lang: null; catalogue: typeof catalogue };
    expect(body.version).toBe(CATALOGUE_VERSION);
    expect(body.lang).toBeNull();
    expect(body.catalogue.threats.length).toBe(catalogue.threats.length);
    expect(body.catalogue.questions[0]?.text).toEqual({ fr: expect.any(String), en: expect.any(String) });
  });

  it('localises every text to one language with ?lang=, under another ETag', async () => {
    const fr = await t.app.request('/v1/diagnostic?lang=fr');
    const en = await t.app.request('/v1/diagnostic?lang=en');
    const all = await t.app.request('/v1/diagnostic');
    expect(new Set([fr.headers.get('etag'), en.headers.get('etag'), all.headers.get('etag')]).size).toBe(3);
    const body = (await fr.json()) as { lang: string; catalogue: { questions: { text: unknown }[] } };
    expect(body.lang).toBe('fr');
    expect(typeof body.catalogue.questions[0]?.text).toBe('string');
    expect(body.catalogue.questions[0]?.text).toBe(localizeText(catalogue.questions[0]!.text, 'fr'));
  });

  it('serves the packed one-language format the widget loads, which unpacks to the localised catalogue', async () => {
    const { localizeCatalogue, unpackCatalogue } = await import('@vigie/diagnostic');
    const res = await t.app.request('/v1/diagnostic?lang=en&packed=1');
    const body = (await res.json()) as { packed: boolean; catalogue: Parameters<typeof unpackCatalogue>[0] };
    expect(body.packed).toBe(true);
    const back = unpackCatalogue(body.catalogue);
    expect(back.advice.map((a) => a.id)).toEqual(localizeCatalogue(catalogue, 'en').advice.map((a) => a.id));
    expect((await t.app.request('/v1/diagnostic?packed=1')).status).toBe(400);
  });

  it('serves only the part one public can reach with ?public=, under an ETag per variant', async () => {
    const { PUBLICS, answerQuestion, currentStep, enumerateOutcomes, startJourney, unpackCatalogue } =
      await import('@vigie/diagnostic');
    const etags = new Set<string | null>();
    for (const pub of PUBLICS) {
      const res = await t.app.request(`/v1/diagnostic?lang=fr&packed=1&public=${pub}`);
      expect(res.status).toBe(200);
      etags.add(res.headers.get('etag'));
      const body = (await res.json()) as {
        public: string;
        catalogue: Parameters<typeof unpackCatalogue>[0];
      };
      expect(body.public).toBe(pub);
      const part = unpackCatalogue(body.catalogue);
      expect(part.questions.length).toBeLessThan(catalogue.questions.length);
      // A journey of this public ends on the same outcome as on the whole catalogue.
      const path = enumerateOutcomes(catalogue).find((p) => p.public === pub && p.answers.length > 2)!;
      let journey = startJourney(part, pub);
      for (const a of path.answers) journey = answerQuestion(part, journey, a.questionId, a.optionIds);
      expect(currentStep(part, journey)).toEqual({ type: 'outcome', outcome: path.outcome });
    }
    etags.add((await t.app.request('/v1/diagnostic?lang=fr&packed=1')).headers.get('etag'));
    etags.add((await t.app.request('/v1/diagnostic?lang=fr&public=business')).headers.get('etag'));
    expect(etags.size).toBe(PUBLICS.length + 2);

    const bilingual = await t.app.request('/v1/diagnostic?public=public-body');
    const whole = (await bilingual.json()) as { public: string; catalogue: typeof catalogue };
    expect(whole.public).toBe('public-body');
    expect(whole.catalogue.questions[0]?.text).toEqual({ fr: expect.any(String), en: expect.any(String) });
    expect(whole.catalogue.outcomes.length).toBeLessThan(catalogue.outcomes.length);

    const wrong = await t.app.request('/v1/diagnostic?public=martians');
    expect(wrong.status).toBe(400);
    expect(wrong.headers.get('content-type')).toBe('application/problem+json');
  });

  it('serves the packed part in two halves with ?part=: the journey first, the outcome texts once reached', async () => {
    const { joinPackedCatalogue, localizeCatalogue, packCatalogue, unpackCatalogue } = await import(
      '@vigie/diagnostic'
    );
    type Half<T> = { part: string; catalogue: T };
    const base = '/v1/diagnostic?lang=en&packed=1&public=individual';
    const journeyRes = await t.app.request(`${base}&part=journey`);
    const textsRes = await t.app.request(`${base}&part=outcome-texts`);
    expect([journeyRes.status, textsRes.status]).toEqual([200, 200]);
    expect(journeyRes.headers.get('etag')).not.toBe(textsRes.headers.get('etag'));
    const journey = (await journeyRes.json()) as Half<Parameters<typeof joinPackedCatalogue>[0]>;
    const texts = (await textsRes.json()) as Half<Parameters<typeof joinPackedCatalogue>[1]>;
    expect([journey.part, texts.part]).toEqual(['journey', 'outcome-texts']);
    expect(unpackCatalogue(journey.catalogue).questions[0]?.text).toEqual(expect.any(String));
    const whole = packCatalogue(localizeCatalogue(catalogue, 'en'), 'individual');
    expect(unpackCatalogue(joinPackedCatalogue(journey.catalogue, texts.catalogue))).toEqual(
      unpackCatalogue(JSON.parse(JSON.stringify(whole)) as typeof whole),
    );

    const unpacked = await t.app.request('/v1/diagnostic?lang=en&part=journey');
    expect(unpacked.status).toBe(400);
    expect(unpacked.headers.get('content-type')).toBe('application/problem+json');
  });

  it('documents ?public= in the OpenAPI description', async () => {
    const doc = (await (await t.app.request('/openapi.json')).json()) as {
      paths: Record<string, { get?: { parameters?: { name: string; schema?: { enum?: string[] } }[] } }>;
    };
    const param = doc.paths['/v1/diagnostic']?.get?.parameters?.find((p) => p.name === 'public');
    expect(param?.schema?.enum).toEqual(['individual', 'business', 'public-body']);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await t.app.request('/v1/diagnostic?lang=en');
    const etag = first.headers.get('etag')!;
    const second = await t.app.request('/v1/diagnostic?lang=en', { headers: { 'if-none-match': etag } });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe('');
  });

  it('rejects an unknown language with a problem', async () => {
    const res = await t.app.request('/v1/diagnostic?lang=de');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('POST /v1/diagnostic/resolve', () => {
  it('returns the next question of a journey', async () => {
    const res = await t.app.request(
      '/v1/diagnostic/resolve',
      jsonRequest('POST', {
        public: 'individual',
        answers: [{ questionId: 'individual-danger', optionIds: ['no'] }],
      }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { step: { type: string; questionId: string; optionIds: string[] } };
    expect(body.step).toMatchObject({ type: 'question', questionId: 'individual-category' });
    expect(body.step.optionIds).toContain('none');
  });

  it('returns the outcome the engine computes, with danger first', async () => {
    const res = await t.app.request(
      '/v1/diagnostic/resolve',
      jsonRequest('POST', {
        public: 'business',
        answers: [
          { questionId: 'business-danger', optionIds: ['yes'] },
          { questionId: 'business-category', optionIds: ['none'] },
        ],
      }),
    );
    const body = (await res.json()) as {
      step: { type: string; outcome: { urgent: boolean; orientations: { id: string }[] } };
    };
    expect(body.step.type).toBe('outcome');
    expect(body.step.outcome.urgent).toBe(true);
    expect(body.step.outcome.orientations[0]?.id).toBe('emergency-17');
  });

  it('refuses answers that do not follow the catalogue, with a problem naming why', async () => {
    const res = await t.app.request(
      '/v1/diagnostic/resolve',
      jsonRequest('POST', {
        public: 'individual',
        answers: [{ questionId: 'individual-danger', optionIds: ['maybe'] }],
      }),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { detail: string };
    expect(body.detail).toContain('"maybe" is not an option');
  });
});
