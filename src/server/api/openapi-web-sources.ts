/** Pages by URL: their part of the OpenAPI document (openapi.ts). */
import { z } from 'zod';
import { API_PREFIX } from '../paths.ts';
import { ref } from './openapi-schemas.ts';
import { UrlsBody } from './web-sources.ts';

type Json = Record<string, unknown>;

const error = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });
const security = [{ bearer: [] }];

export const WEB_SOURCE_SCHEMAS: Json = {
  Job: {
    type: 'object',
    description: 'A page or feed waiting to be fetched, being fetched, done, or dead (failed for good, with its last error).',
    required: ['id', 'kind', 'url', 'status', 'attempts', 'lastError', 'nextTryAt', 'outcome', 'links'],
    properties: {
      id: { type: 'integer' },
      kind: { enum: ['page', 'feed'] },
      url: { type: 'string' },
      status: { enum: ['queued', 'running', 'done', 'dead'] },
      attempts: { type: 'integer' },
      lastError: { type: ['string', 'null'] },
      nextTryAt: { type: ['string', 'null'], description: 'When a queued job is tried next (after a transient failure, later than now)' },
      outcome: {
        type: ['object', 'null'],
        description: '{kind: "stored", reviewId, filmId} | {kind: "held", heldId} | {kind: "unchanged"} | {kind: "polled", newItems}',
      },
      created: { type: 'boolean', description: 'POST /urls only: false when the URL was already waiting as this job' },
      links: { type: 'object', additionalProperties: { type: 'string' } },
    },
  },
};

export function webSourcePaths(): Json {
  return {
    [`${API_PREFIX}/urls`]: {
      post: {
        summary: 'Queue review pages to fetch by URL (needs a token with the ingest scope)',
        description:
          'Each URL becomes a job; the worker (`plaudit watch`, `plaudit serve --watch`) fetches it politely and never from the server\'s own network, then stores it as a review or holds it for an editor. `watching` says whether a worker runs beside this server.',
        security,
        requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(UrlsBody, { io: 'input' }) } } },
        responses: {
          '202': {
            description: 'Queued',
            content: { 'application/json': { schema: { type: 'object', properties: { items: { type: 'array', items: ref('Job') }, watching: { type: 'boolean' } } } } },
          },
          '400': error('A URL that is not http(s), or a malformed body; nothing was queued'),
          '401': error('No valid token'),
          '403': error('The token lacks the ingest scope'),
        },
      },
    },
    [`${API_PREFIX}/jobs/{id}`]: {
      get: {
        summary: 'Where a queued page stands (needs a token with the ingest scope)',
        security,
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 }, description: "The job's id" }],
        responses: {
          '200': { description: 'The job', content: { 'application/json': { schema: ref('Job') } } },
          '401': error('No valid token'),
          '403': error('The token lacks the ingest scope'),
          '404': error('No such job'),
        },
      },
    },
  };
}
