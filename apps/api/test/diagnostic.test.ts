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
