/**
 * The OpenAPI 3.1 document of /api/v1, served at /api/openapi.json. Request schemas come from the same zod
 * schemas that validate requests (z.toJSONSchema), so the document cannot drift from what is enforced; response
 * schemas are in openapi-schemas.ts.
 */
import { z } from 'zod';
import { API_PREFIX } from '../paths.ts';
import { PageQuery } from '../validate.ts';
import { FilmListQuery, FilmReviewsQuery } from './films.ts';
import { correctionPaths } from './openapi-corrections.ts';
import { editPaths } from './openapi-edits.ts';
import { HELD_INGEST_RESPONSE, HELD_SCHEMAS, heldPaths } from './openapi-held.ts';
import { WEB_SOURCE_SCHEMAS, webSourcePaths } from './openapi-web-sources.ts';
import { LOOKUP_SCHEMAS } from './openapi-lookup-schemas.ts';
import { listOf, ref, RESPONSE_SCHEMAS } from './openapi-schemas.ts';
import { JsonReviewBody, PageReviewQuery } from './review-body.ts';
import { SearchQuery } from './search.ts';

type Json = Record<string, unknown>;

function queryParameters(schema: z.ZodObject): Json[] {
  const json = z.toJSONSchema(schema, { io: 'input' }) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: property,
  }));
}

const idParameter = (what: string) => ({ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 }, description: `The ${what}'s id` });
const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [String(code), { description: 'An error', content: { 'application/json': { schema: ref('Error') } } }]));
const rateLimited = {
  '429': {
    description: 'Too many write requests or failed token checks from this address',
    headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } },
    content: { 'application/json': { schema: ref('Error') } },
  },
};
const ok = (schema: Json, description = 'OK') => ({
  '200': { description, headers: { ETag: { schema: { type: 'string' } } }, content: { 'application/json': { schema } } },
});

function get(summary: string, schema: Json, parameters: Json[] = [], errorCodes = [400]): Json {
  return { get: { summary, parameters, responses: { ...ok(schema), ...errors(...errorCodes) } } };
}

/** {id} of the film routes: the id, or any film name (use-cases/film-name.ts). */
const filmParameter = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string' },
  description:
    'The film: its id ("12", or "12-her-smell"), IMDb id ("tt0077651"), "tmdb:948", its key ("m/0814255", URL-encoded), "Title (Year)", its title or an alias (any case), or its slug ("her-smell"). A name several films share answers 409 (code ambiguous) listing them.',
};

function omdbOperation(): Json {
  const omdbError = (description: string) => ({ description, content: { 'application/json': { schema: ref('OmdbError') } } });
  return {
    summary: "OMDb's movie lookup, answered with Plaudit's figures, for media tools that can be pointed at another OMDb address",
    parameters: [
      { name: 'i', in: 'query', schema: { type: 'string' }, description: 'IMDb id (tt0077651)' },
      { name: 't', in: 'query', schema: { type: 'string' }, description: 'Title (or alias), when i is not given' },
      { name: 'y', in: 'query', schema: { type: 'string' }, description: 'Year, with t' },
      { name: 'apikey', in: 'query', schema: { type: 'string' }, description: 'Accepted and ignored' },
    ],
    responses: {
      ...ok(ref('OmdbMovie')),
      '400': omdbError('Malformed IMDb id or year, or neither i nor t'),
      '404': omdbError('No such film: {"Response":"False","Error":"Movie not found!"}'),
      '409': omdbError('A title (and year) several films share'),
    },
  };
}

function namePaths(kind: 'critic' | 'outlet'): Json {
  const base = `${API_PREFIX}/${kind}s`;
  return {
    [base]: get(`List ${kind}s, most reviews first`, listOf('Name'), queryParameters(PageQuery)),
    [`${base}/{id}`]: get(`One ${kind}, with agreement with the consensus`, ref('Name'), [idParameter(kind)], [400, 404]),
    [`${base}/{id}/reviews`]: get(`A ${kind}'s reviews`, listOf('Review'), [idParameter(kind), ...queryParameters(PageQuery)], [400, 404]),
  };
}

function postReview(): Json {
  return {
    summary: 'Ingest one review (JSON, text, Markdown or HTML) through the full pipeline',
    security: [{ bearer: [] }],
    parameters: queryParameters(PageReviewQuery).map((p) => ({ ...p, description: 'For text, Markdown and HTML bodies only' })),
    requestBody: {
      required: true,
      content: {
        'application/json': { schema: z.toJSONSchema(JsonReviewBody, { io: 'input' }) },
        'text/plain': { schema: { type: 'string' } },
        'text/markdown': { schema: { type: 'string' } },
        'text/html': { schema: { type: 'string' } },
      },
    },
    responses: {
      '201': { description: 'Stored (a new review or a new version)', content: { 'application/json': { schema: ref('IngestResult') } } },
      '200': { description: 'The same content was already stored', content: { 'application/json': { schema: ref('IngestResult') } } },
      ...HELD_INGEST_RESPONSE,
      ...errors(400, 401, 403, 413, 415),
      '422': {
        description: 'No review text, no film, or too-complex: the document ran past the processing time or memory limit (nothing stored)',
        content: { 'application/json': { schema: ref('Error') } },
      },
      ...rateLimited,
      '503': { description: 'busy: too many documents waiting to be processed; or store-failed', content: { 'application/json': { schema: ref('Error') } } },
    },
  };
}

export function openApiDocument(): Json {
  const films = `${API_PREFIX}/films`;
  return {
    openapi: '3.1.0',
    info: {
      title: 'Plaudit API',
      version: '1',
      description: 'Films, their critical profiles, reviews, critics and outlets. Reads are open and answer with ETags; ingest needs a token from `plaudit token create`. Write requests and failed token checks are rate limited per client address (429 with Retry-After). Lists take limit (1-100) and offset. Errors are JSON with a stable code.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An API token from `plaudit token create`' } },
      schemas: { ...RESPONSE_SCHEMAS, ...HELD_SCHEMAS, ...LOOKUP_SCHEMAS, ...WEB_SOURCE_SCHEMAS },
    },
    paths: {
      [films]: get('List films', listOf('Film'), queryParameters(FilmListQuery)),
      [`${films}/{id}`]: get('One film', ref('Film'), [filmParameter], [400, 404, 409]),
      [`${films}/{id}/profile`]: get("A film's full profile", ref('Profile'), [filmParameter], [400, 404, 409]),
      [`${films}/{id}/reviews`]: get(
        "A film's reviews, newest first unless sort says otherwise; verdict and top narrow them (page.total counts what is left)",
        listOf('Review'),
        [filmParameter, ...queryParameters(FilmReviewsQuery)],
        [400, 404, 409],
      ),
      [`${films}/by-imdb/{imdbId}`]: get(
        "A film's critic figures by its IMDb id, for media tools: the same figures as its profile, with an absolute link to its page",
        ref('FilmLookup'),
        [{ name: 'imdbId', in: 'path', required: true, schema: { type: 'string', pattern: '^tt\\d{7,10}$' }, description: 'e.g. tt0077651' }],
        [400, 404],
      ),
      [`${films}/by-tmdb/{tmdbId}`]: get(
        "A film's critic figures by its TMDb movie id, for media tools",
        ref('FilmLookup'),
        [{ name: 'tmdbId', in: 'path', required: true, schema: { type: 'integer', minimum: 1 }, description: 'e.g. 948' }],
        [400, 404],
      ),
      '/api/omdb': { get: omdbOperation() },
      [`${API_PREFIX}/reviews`]: { post: postReview() },
      [`${API_PREFIX}/reviews/{id}`]: get('One review', ref('Review'), [idParameter('review')], [400, 404]),
      ...namePaths('critic'),
      ...namePaths('outlet'),
      [`${API_PREFIX}/search`]: get('Search films, critics, outlets, people and review text', ref('SearchResults'), queryParameters(SearchQuery)),
      ...heldPaths(),
      ...editPaths(),
      ...correctionPaths(),
      ...webSourcePaths(),
    },
  };
}
