import type { Journey } from '@vigie/diagnostic';
import { fixtureCatalogue } from '@vigie/diagnostic/testing';
import { describe, expect, it } from 'vitest';
import { applyAnswer, parseDiagnosticForm } from './diagnostic-form.server.ts';

function form(entries: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('parseDiagnosticForm', () => {
  it('reads the choice of public', () => {
    expect(
      parseDiagnosticForm(
        form([
          ['intent', 'start'],
          ['public', 'business'],
        ]),
      ),
    ).toEqual({
      ok: true,
      form: { intent: 'start', public: 'business' },
    });
  });

  it.each([
    ['no public', [['intent', 'start']]],
    [
      'an unknown public',
      [
        ['intent', 'start'],
        ['public', 'alien'],
      ],
    ],
    [
      'an empty public',
      [
        ['intent', 'start'],
        ['public', ''],
      ],
    ],
  ] as [string, [string, string][]][])('asks for a public when given %s', (_label, entries) => {
    expect(parseDiagnosticForm(form(entries))).toEqual({
      ok: false,
      problem: { field: 'public', code: 'required' },
    });
  });

  it('reads an answer with one or several options, each once', () => {
    expect(
      parseDiagnosticForm(
        form([
          ['intent', 'answer'],
          ['question', 'stakes'],
          ['option', 'money'],
          ['option', 'young'],
          ['option', 'money'],
        ]),
      ),
    ).toEqual({ ok: true, form: { intent: 'answer', questionId: 'stakes', optionIds: ['money', 'young'] } });
  });

  it('asks for an option when none was chosen', () => {
    expect(
      parseDiagnosticForm(
        form([
          ['intent', 'answer'],
          ['question', 'start'],
        ]),
      ),
    ).toEqual({
      ok: false,
      problem: { field: 'option', code: 'required' },
    });
  });

  it.each([
    [
      'no intent',
      [
        ['question', 'start'],
        ['option', 'no'],
      ],
    ],
    [
      'an unknown intent',
      [
        ['intent', 'delete'],
        ['question', 'start'],
        ['option', 'no'],
      ],
    ],
    [
      'no question',
      [
        ['intent', 'answer'],
        ['option', 'no'],
      ],
    ],
    [
      'a blank question',
      [
        ['intent', 'answer'],
        ['question', '  '],
        ['option', 'no'],
      ],
    ],
    [
      'a file instead of an option',
      [
        ['intent', 'answer'],
        ['question', 'start'],
        ['option', new Blob(['x'])],
      ],
    ],
    [
      'an oversized option',
      [
        ['intent', 'answer'],
        ['question', 'start'],
        ['option', 'x'.repeat(201)],
      ],
    ],
  ] as [string, [string, string | Blob][]][])(
    'refuses a post with %s as a bad request',
    (_label, entries) => {
      expect(parseDiagnosticForm(form(entries))).toEqual({
        ok: false,
        problem: { field: 'form', code: 'bad-request' },
      });
    },
  );
});

describe('applyAnswer', () => {
  const catalogue = fixtureCatalogue();
  const atStart: Journey = { catalogueVersion: '1.0.0', public: 'individual', answers: [] };
  const atWhat: Journey = { ...atStart, answers: [{ questionId: 'start', optionIds: ['no'] }] };
  const atStakes: Journey = {
    ...atWhat,
    answers: [...atWhat.answers, { questionId: 'what', optionIds: ['mail'] }],
  };

  it('records an answer to the current question', () => {
    const applied = applyAnswer(atStart, 'start', ['no'], catalogue);
    expect(applied).toEqual({ ok: true, journey: atWhat });
  });

  it('accepts several options on a multiple-choice question', () => {
    const applied = applyAnswer(atStakes, 'stakes', ['money', 'young'], catalogue);
    expect(applied.ok && applied.journey.answers.at(-1)).toEqual({
      questionId: 'stakes',
      optionIds: ['money', 'young'],
    });
  });

  it('calls an answer to another question stale', () => {
    expect(applyAnswer(atStakes, 'start', ['no'], catalogue)).toEqual({
      ok: false,
      problem: { field: 'option', code: 'stale' },
    });
  });

  it('asks for an option when none was given', () => {
    expect(applyAnswer(atStart, 'start', [], catalogue)).toEqual({
      ok: false,
      problem: { field: 'option', code: 'required' },
    });
  });

  it('refuses an option the question does not offer to this public', () => {
    const business: Journey = { ...atStakes, public: 'business' };
    expect(applyAnswer(business, 'stakes', ['young'], catalogue)).toEqual({
      ok: false,
      problem: { field: 'option', code: 'invalid' },
    });
    expect(applyAnswer(atStart, 'start', ['maybe'], catalogue)).toEqual({
      ok: false,
      problem: { field: 'option', code: 'invalid' },
    });
  });

  it('refuses two options on a single-choice question', () => {
    expect(applyAnswer(atStart, 'start', ['yes', 'no'], catalogue)).toEqual({
      ok: false,
      problem: { field: 'option', code: 'invalid' },
    });
  });

  it('names the exclusive option ticked together with others', () => {
    expect(applyAnswer(atStakes, 'stakes', ['money', 'nothing'], catalogue)).toEqual({
      ok: false,
      problem: { field: 'option', code: 'exclusive', optionId: 'nothing' },
    });
  });

  it('says when the journey has already ended', () => {
    const ended: Journey = {
      ...atStakes,
      answers: [...atStakes.answers, { questionId: 'stakes', optionIds: ['nothing'] }],
    };
    expect(applyAnswer(ended, 'stakes', ['money'], catalogue)).toEqual({
      ok: false,
      problem: { field: 'journey', code: 'finished' },
    });
  });
});
