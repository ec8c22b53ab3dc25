/** JSON Schemas of the API's responses, for the OpenAPI document (openapi.ts). */
import { BANDS } from '../../aggregate/profile/scores.ts';

const nullable = (type: string) => ({ type: [type, 'null'] });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const links = { type: 'object', additionalProperties: { type: 'string' } };

const range = (band: readonly [number, number]) => `${band[0]}-${band[1]}`;

/** Named positive/mixed/negative for Metacritic's bands, but they count scores, not verdicts: said at every field. */
const SCORE_BANDS = {
  type: 'object',
  description:
    `Score bands: how many reviews score ${range(BANDS.positive)}, ${range(BANDS.mixed)} and ${range(BANDS.negative)} on the 0-100 scale. ` +
    'They count scores, not verdicts, so they need not agree with percentPositive: a positive review can score 55 and fall in the middle band.',
  properties: {
    positive: { type: 'integer', description: `Reviews scoring ${range(BANDS.positive)}` },
    mixed: { type: 'integer', description: `Reviews scoring ${range(BANDS.mixed)}` },
    negative: { type: 'integer', description: `Reviews scoring ${range(BANDS.negative)}` },
  },
};

export const RESPONSE_SCHEMAS = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: { type: 'string', description: 'A stable code: invalid-argument, malformed, not-found, ambiguous, unauthorized, too-large, unsupported-media-type, no-review-text, unknown-film, too-complex, rate-limited, busy, store-failed, internal, ...' },
          message: { type: 'string' },
          issues: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
          candidates: { type: 'array', description: 'For ambiguous (409): the films the name fits', items: ref('FilmCandidate') },
        },
      },
    },
  },
  Page: {
    type: 'object',
    required: ['limit', 'offset', 'total', 'next'],
    properties: { limit: { type: 'integer' }, offset: { type: 'integer' }, total: { type: 'integer' }, next: nullable('string') },
  },
  Film: {
    type: 'object',
    required: ['id', 'key', 'title', 'year', 'reviewCount', 'positiveCount', 'expectedPositive', 'percentPositive', 'links'],
    properties: {
      id: { type: 'integer' },
      key: { type: 'string' },
      title: nullable('string'),
      year: nullable('integer'),
      reviewCount: { type: 'integer' },
      positiveCount: { type: 'integer', description: 'Reviews whose verdict is positive, each counted once' },
      expectedPositive: { type: 'number', description: 'The positive count the figure is computed from: equals positiveCount when no verdict was read from the text' },
      percentPositive: { ...nullable('integer'), description: 'round(100 × expected positive / reviews): a known verdict (label, rating, editor) counts 1 or 0, a verdict read from the text counts by its probability (see /methodology#percent-positive). Null below the minimum number of reviews for a score.' },
      catalog: { ...ref('FilmCatalog'), description: 'What `plaudit catalog import` holds for the film; on one film (and its profile), not in lists.' },
      links,
    },
  },
  FilmCatalog: {
    type: 'object',
    description: 'The film catalog: ids and facts imported with `plaudit catalog import`; empty lists and nulls where it holds nothing.',
    properties: {
      originalTitle: nullable('string'),
      aliases: { type: 'array', items: { type: 'string' } },
      imdbId: nullable('string'),
      tmdbId: nullable('integer'),
      wikidataId: nullable('string'),
      directors: { type: 'array', items: { type: 'string' } },
      runtimeMinutes: nullable('integer'),
      genres: { type: 'array', items: { type: 'string' } },
      mpaaRating: nullable('string'),
      releaseDate: { ...nullable('string'), description: 'ISO date' },
      synopsis: nullable('string'),
    },
  },
  Name: {
    type: 'object',
    required: ['id', 'kind', 'name', 'reviewCount', 'positiveCount', 'links'],
    properties: {
      id: { type: 'integer' },
      kind: { enum: ['critic', 'outlet'] },
      name: { type: 'string' },
      reviewCount: { type: 'integer' },
      positiveCount: { type: 'integer' },
      agreement: {
        type: 'object',
        description: 'How often their verdict matches the majority of the other reviews of the same film.',
        properties: { counted: { type: 'integer' }, agreed: { type: 'integer' }, percent: nullable('integer') },
      },
      links,
    },
  },
  Review: {
    type: 'object',
    required: ['id', 'filmId', 'verdict', 'score', 'text'],
    properties: {
      id: { type: 'integer' },
      filmId: { type: 'integer' },
      version: { type: 'integer' },
      critic: { oneOf: [{ type: 'null' }, { type: 'object', properties: { id: nullable('integer'), name: { type: 'string' } } }] },
      outlet: { oneOf: [{ type: 'null' }, { type: 'object', properties: { id: nullable('integer'), name: { type: 'string' } } }] },
      publishedAt: nullable('string'),
      rating: { oneOf: [{ type: 'null' }, { type: 'object', properties: { raw: { type: 'string' }, score: nullable('number') } }] },
      verdict: { enum: ['positive', 'negative'] },
      score: { type: 'number', minimum: 0, maximum: 100 },
      probability: { type: 'number', minimum: 0, maximum: 1 },
      verdictSource: {
        enum: ['label', 'rating', 'text', 'editor', 'none'],
        description: "'none': nothing judged the review (written in a language the text model does not read, no rating or label); verdict and score are placeholders, in no count",
      },
      scoreSource: { enum: ['label', 'rating', 'text', 'editor', 'none'] },
      language: { ...nullable('string'), description: 'ISO 639-3 code of the text\'s language ("eng", "fra", "und" when too short to tell); null without text or when stored before detection' },
      headline: { ...nullable('string'), description: "The critic's own headline for the review, its title and site name taken off (a pull quote may come from it); null when the page had none or for records" },
      readInContext: {
        description: "Set when the verdict, probability and score come from reading the text beside the film's other text-judged reviews (see /methodology#reviews-judged-by-their-text)",
        oneOf: [
          { type: 'null' },
          {
            type: 'object',
            required: ['reviews', 'alone'],
            properties: {
              reviews: { type: 'integer', minimum: 2, description: 'How many reviews were read together' },
              alone: {
                type: 'object',
                description: 'What the text said alone',
                properties: { verdict: { enum: ['positive', 'negative'] }, probability: { type: 'number' }, score: { type: 'number' } },
              },
            },
          },
        ],
      },
      topCritic: { type: 'boolean' },
      duplicateOf: { ...nullable('integer'), description: 'The earlier review this one repeats: listed, not counted' },
      correction: {
        description: "An editor's correction: a verdict or score that replaces the judged one, or the review removed from its film's counts",
        oneOf: [
          { type: 'null' },
          {
            type: 'object',
            properties: {
              verdict: { enum: ['positive', 'negative'] },
              score: { type: 'integer' },
              note: { type: 'string' },
              removed: { type: 'boolean' },
              removedReason: nullable('string'),
              textChangedSince: { type: 'boolean', description: 'A new version of the text arrived since the correction' },
              at: { type: 'string' },
              actor: { type: 'string' },
            },
          },
        ],
      },
      url: { ...nullable('string'), description: "The original review's address; null unless it is an http(s) URL" },
      text: { type: 'string' },
      evidence: { type: 'array', items: { type: 'string' } },
      stageVersions: { type: 'object', additionalProperties: { type: 'string' } },
      links,
    },
  },
  Profile: {
    type: 'object',
    description: "The film's profile (see /methodology) and the sections of its page.",
    properties: {
      film: ref('Film'),
      profile: {
        type: 'object',
        properties: {
          scores: {
            ...nullable('object'),
            description: 'Null below the minimum number of reviews for a score.',
            properties: { percentPositive: { type: 'integer', description: 'round(100 × expected positive / reviews): a known verdict (label, rating, editor) counts 1 or 0, a verdict read from the text counts by its probability (see /methodology#percent-positive)' }, bands: SCORE_BANDS },
          },
        },
      },
      credits: { type: 'object' },
      sections: { type: 'object' },
    },
  },
  SearchResults: {
    type: 'object',
    properties: {
      query: { type: 'string' },
      films: { type: 'array', items: ref('Film') },
      critics: { type: 'array', items: { type: 'object' } },
      outlets: { type: 'array', items: { type: 'object' } },
      people: { type: 'array', items: { type: 'object' } },
      reviews: { type: 'array', items: { type: 'object', description: 'snippet marks matches with [[ ]]' } },
    },
  },
  IngestResult: {
    type: 'object',
    required: ['status', 'review', 'film'],
    properties: {
      status: { enum: ['added', 'new-version', 'unchanged'] },
      review: ref('Review'),
      film: ref('Film'),
      conflict: ref('SourceKeyConflict'),
      warnings: {
        type: 'array',
        items: { type: 'string' },
        description: 'What was changed on the way in, e.g. control characters or lone surrogates replaced by U+FFFD.',
      },
    },
  },
  SourceKeyConflict: {
    type: 'object',
    description:
      'Present when the posted URL already belongs to a review this token may not change (added by another token, or of another film, critic or outlet): that review is left as it was and the post is stored as a new review.',
    required: ['reviewId', 'filmId', 'reason'],
    properties: { reviewId: { type: 'integer' }, filmId: { type: 'integer' }, reason: { type: 'string' }, links },
  },
};

export function listOf(item: string) {
  return {
    type: 'object',
    required: ['items', 'page'],
    properties: { items: { type: 'array', items: ref(item) }, page: ref('Page') },
  };
}

export { ref };
