import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  CATALOGUE_VERSION,
  type Catalogue,
  catalogue,
  catalogueForPublic,
  currentStep,
  FACT_VALUES,
  JourneyError,
  localizeCatalogue,
  PUBLICS,
  type Public,
  packCatalogue,
  splitPackedCatalogue,
} from '@vigie/diagnostic';
import type { AppEnv } from '../deps.ts';
import { entityTag, matchesIfNoneMatch } from '../lib/etag.ts';
import { DomainError } from '../lib/problem.ts';
import { problemResponses } from '../lib/schemas.ts';

type Variant = { body: string; etag: string };
/** The two halves of a packed catalogue: what the widget loads before the first question, and after the last. */
const PARTS = ['journey', 'outcome-texts'] as const;
type Part = (typeof PARTS)[number];

// The catalogue is immutable for the life of the process: serialise each variant once.
const variants = new Map<string, Variant>();
function variant(
  lang: 'fr' | 'en' | undefined,
  packed: boolean,
  pub: Public | undefined,
  part: Part | undefined,
): Variant {
  const key = `${lang ?? 'all'}${pub ? `-${pub}` : ''}${packed ? '-packed' : ''}${part ? `-${part}` : ''}`;
  let v = variants.get(key);
  if (!v) {
    const localized = lang ? localizeCatalogue(catalogue, lang) : undefined;
    const data = localized
      ? packed
        ? packedPart(packCatalogue(localized, pub), part)
        : pub
          ? catalogueForPublic(localized, pub)
          : localized
      : pub
        ? catalogueForPublic(catalogue, pub)
        : (catalogue satisfies Catalogue);
    const body = JSON.stringify({
      version: CATALOGUE_VERSION,
      lang: lang ?? null,
      public: pub ?? null,
      packed,
      part: part ?? null,
      catalogue: data,
    });
    v = { body, etag: entityTag(body, 16, `${CATALOGUE_VERSION}-${key}-`) };
    variants.set(key, v);
  }
  return v;
}

function packedPart(whole: ReturnType<typeof packCatalogue>, part: Part | undefined) {
  if (!part) return whole;
  const { journey, outcomeTexts } = splitPackedCatalogue(whole);
  return part === 'journey' ? journey : outcomeTexts;
}

const catalogueRoute = createRoute({
  method: 'get',
  path: '/diagnostic',
  tags: ['Diagnostic'],
  summary: 'The diagnostic catalogue: threats, questions, advice, orientations',
  description:
    'Without `lang`, every text is `{fr, en}`; with `lang`, texts are plain strings in that language, French set with its no-break spaces. With `public`, only what that public can reach from its first question (what the widget and the portal load once the public is chosen); the engine gives the same outcomes on it. Cacheable: send `If-None-Match` with the ETag of the variant.',
  request: {
    query: z
      .object({
        lang: z.enum(['fr', 'en']).optional().openapi({ description: 'Localise every text to one language' }),
        packed: z
          .enum(['0', '1'])
          .optional()
          .transform((v) => v === '1')
          .openapi({
            description: 'With lang: the compact wire format of unpackCatalogue() (what the widget loads)',
          }),
        public: z
          .enum(PUBLICS)
          .optional()
          .openapi({ description: 'Only the part of the catalogue this public can reach' }),
        part: z.enum(PARTS).optional().openapi({
          description:
            'With packed: `journey`, every question with its texts and the structure the engine needs to reach an outcome (joinPackedCatalogue() takes it with the other half); `outcome-texts`, the names, descriptions, hours and advice texts shown on the outcome',
        }),
      })
      .refine((q) => !q.packed || q.lang, { message: 'packed needs lang', path: ['packed'] })
      .refine((q) => !q.part || q.packed, { message: 'part needs packed', path: ['part'] }),
  },
  responses: {
    200: {
      description: 'The catalogue',
      content: {
        'application/json': {
          schema: z
            .object({
              version: z.string(),
              lang: z.enum(['fr', 'en']).nullable(),
              public: z.enum(PUBLICS).nullable(),
              packed: z.boolean(),
              part: z.enum(PARTS).nullable(),
              catalogue: z.record(z.string(), z.unknown()),
            })
            .openapi('DiagnosticCatalogue'),
        },
      },
    },
    304: { description: 'Not modified' },
    ...problemResponses(400),
  },
});

const AnswerSchema = z.object({
  questionId: z.string().min(1).max(100),
  optionIds: z.array(z.string().min(1).max(100)).min(1).max(20),
});

const resolveRoute = createRoute({
  method: 'post',
  path: '/diagnostic/resolve',
  tags: ['Diagnostic'],
  summary: 'Replay a journey and return its next question or its outcome',
  description:
    'The API checks answers against the catalogue; the outcome returned is the one the engine computes.',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({ public: z.enum(PUBLICS), answers: z.array(AnswerSchema).max(50) })
            .openapi('JourneyInput'),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'The current step',
      content: {
        'application/json': {
          schema: z
            .object({
              catalogueVersion: z.string(),
              step: z.discriminatedUnion('type', [
                z.object({
                  type: z.literal('question'),
                  questionId: z.string(),
                  optionIds: z.array(z.string()),
                }),
                z.object({
                  type: z.literal('outcome'),
                  outcome: z.object({
                    id: z.string(),
                    threat: z.string(),
                    severity: z.enum(['info', 'low', 'high', 'critical']),
                    urgent: z.boolean(),
                    advice: z.array(z.string()),
                    orientations: z.array(
                      z.object({
                        id: z.string(),
                        services: z.array(z.string()).optional(),
                        public: z.string().optional(),
                      }),
                    ),
                    flags: z.array(z.string()),
                    merged: z.array(z.string()).openapi({
                      description:
                        'Every outcome the answers reached, merged into this one; the one named by id first',
                    }),
                    facts: z.object({
                      age: z.enum(FACT_VALUES.age).optional(),
                      for: z.enum(FACT_VALUES.for).optional(),
                      danger: z.enum(FACT_VALUES.danger).optional(),
                      data: z.enum(FACT_VALUES.data).optional(),
                    }),
                  }),
                }),
              ]),
            })
            .openapi('JourneyStep'),
        },
      },
    },
    ...problemResponses(400, 413, 415),
  },
});

export const diagnosticRoutes = new OpenAPIHono<AppEnv>()
  .openapi(catalogueRoute, (c) => {
    const { lang, packed, public: pub, part } = c.req.valid('query');
    const v = variant(lang, packed ?? false, pub, part);
    const headers = {
      etag: v.etag,
      'cache-control': 'public, max-age=300, stale-while-revalidate=86400',
      vary: 'accept-encoding',
      'access-control-allow-origin': '*',
    };
    if (matchesIfNoneMatch(c.req.header('if-none-match'), v.etag)) {
      return c.body(null, 304, headers);
    }
    return c.body(v.body, 200, { ...headers, 'content-type': 'application/json; charset=utf-8' });
  })
  .openapi(resolveRoute, (c) => {
    const input = c.req.valid('json');
    try {
      const step = currentStep(catalogue, { catalogueVersion: CATALOGUE_VERSION, ...input });
      return c.json(
        {
          catalogueVersion: CATALOGUE_VERSION,
          step:
            step.type === 'question'
              ? {
                  type: 'question' as const,
                  questionId: step.question.id,
                  optionIds: step.options.map((o) => o.id),
                }
              : { type: 'outcome' as const, outcome: step.outcome },
        },
        200,
      );
    } catch (error) {
      if (error instanceof JourneyError) throw new DomainError('validation_failed', error.message);
      throw error;
    }
  });
