import { answer, catalogue, current, type Journey, serializeJourney, start } from '@vigie/diagnostic';
import { fixtureCatalogue } from '@vigie/diagnostic/testing';
import { describe, expect, it } from 'vitest';
import {
  decodeJourneyParam,
  diagnosticHref,
  encodeJourneyParam,
  JOURNEY_PARAM,
  journeyFlags,
  MAX_JOURNEY_PARAM_LENGTH,
  truncateJourney,
} from './diagnostic-state.server.ts';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** Answers the current question of the built-in catalogue with the first option matching `pick`. */
function answerWith(journey: Journey, pick: (option: { id: string; flags?: string[] }) => boolean): Journey {
  const step = current(journey);
  if (step.type !== 'question') throw new Error('the journey has ended');
  const option = step.options.find(pick);
  if (!option) throw new Error(`no matching option on ${step.question.id}`);
  return answer(journey, step.question.id, [option.id]);
}

const saysDanger = (option: { flags?: string[] }) => option.flags?.includes('danger') === true;
const noDanger = (option: { flags?: string[] }) => !option.flags?.includes('danger');

describe('encodeJourneyParam / decodeJourneyParam', () => {
  it('round-trips a journey through a URL-safe token', () => {
    const journey = answerWith(start('business'), noDanger);
    const param = encodeJourneyParam(journey);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeJourneyParam(param)).toEqual({ status: 'ok', journey });
  });

  it('is the base64url of serializeJourney, so other apps can read it', () => {
    const journey = start('public-body');
    expect(Buffer.from(encodeJourneyParam(journey), 'base64url').toString('utf8')).toBe(
      serializeJourney(journey),
    );
  });

  it('reports a missing parameter apart from a broken one', () => {
    expect(decodeJourneyParam(null)).toEqual({ status: 'missing' });
    expect(decodeJourneyParam('')).toEqual({ status: 'missing' });
  });

  it.each([
    ['characters outside base64url', 'abc+/=='],
    ['a space', 'eyJ2 IjoiMSJ9'],
    ['text that is not JSON', b64('hello')],
    ['JSON of the wrong shape', b64('{"v":"0.1.0","p":"individual"}')],
    ['an unknown public', b64(JSON.stringify({ v: catalogue.version, p: 'alien', a: [] }))],
    [
      'answers to questions that are not the current ones',
      b64(JSON.stringify({ v: catalogue.version, p: 'individual', a: [['no-such-question', 'x']] })),
    ],
    [
      'an option the question does not offer',
      b64(
        JSON.stringify({ v: catalogue.version, p: 'individual', a: [[catalogue.entries.individual, 'x']] }),
      ),
    ],
    ['bytes that are not UTF-8', Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url')],
    ['an oversized token', 'A'.repeat(MAX_JOURNEY_PARAM_LENGTH + 1)],
  ])('calls a token with %s malformed, without throwing', (_label, param) => {
    expect(decodeJourneyParam(param)).toEqual({ status: 'invalid', reason: 'malformed' });
  });

  it('replays a journey saved on another catalogue version when its answers still fit', () => {
    const saved: Journey = {
      catalogueVersion: '0.9.0',
      public: 'individual',
      answers: [{ questionId: 'start', optionIds: ['no'] }],
    };
    expect(decodeJourneyParam(encodeJourneyParam(saved), fixtureCatalogue())).toEqual({
      status: 'ok',
      journey: { ...saved, catalogueVersion: '1.0.0' },
    });
  });

  it('calls a journey from another version incompatible when its answers no longer fit', () => {
    const saved: Journey = {
      catalogueVersion: '0.9.0',
      public: 'individual',
      answers: [{ questionId: 'start', optionIds: ['maybe'] }],
    };
    expect(decodeJourneyParam(encodeJourneyParam(saved), fixtureCatalogue())).toEqual({
      status: 'invalid',
      reason: 'incompatible',
    });
  });
});

describe('diagnosticHref', () => {
  it('points at the choice of public without a journey, at the journey otherwise', () => {
    expect(diagnosticHref(null)).toBe('/diagnostic');
    const journey = start('individual');
    const url = new URL(diagnosticHref(journey), 'http://portal.test');
    expect(url.pathname).toBe('/diagnostic');
    expect(decodeJourneyParam(url.searchParams.get(JOURNEY_PARAM))).toEqual({ status: 'ok', journey });
  });
});

describe('truncateJourney', () => {
  it('keeps the first answers only, and never goes below none', () => {
    const journey: Journey = {
      catalogueVersion: '1.0.0',
      public: 'individual',
      answers: [
        { questionId: 'start', optionIds: ['no'] },
        { questionId: 'stakes', optionIds: ['money'] },
      ],
    };
    expect(truncateJourney(journey, 1).answers).toEqual([{ questionId: 'start', optionIds: ['no'] }]);
    expect(truncateJourney(journey, -1).answers).toEqual([]);
    expect(journey.answers).toHaveLength(2);
  });
});

describe('journeyFlags', () => {
  it('raises danger as soon as an answer says someone is in danger, on every public', () => {
    for (const pub of ['individual', 'business', 'public-body'] as const) {
      expect(journeyFlags(answerWith(start(pub), saysDanger)).has('danger')).toBe(true);
      expect(journeyFlags(answerWith(start(pub), noDanger)).has('danger')).toBe(false);
      expect(journeyFlags(start(pub)).size).toBe(0);
    }
  });

  it('collects the flags of every option of a multiple answer', () => {
    const journey: Journey = {
      catalogueVersion: '1.0.0',
      public: 'individual',
      answers: [
        { questionId: 'start', optionIds: ['no'] },
        { questionId: 'what', optionIds: ['mail'] },
        { questionId: 'stakes', optionIds: ['money', 'young'] },
      ],
    };
    expect([...journeyFlags(journey, fixtureCatalogue())].sort()).toEqual(['minor', 'money-lost']);
  });
});
