/** The held list's part of the OpenAPI document (openapi.ts): its paths and schemas. */
import { z } from 'zod';
import { API_PREFIX } from '../paths.ts';
import { PageQuery } from '../validate.ts';
import { listOf, ref } from './openapi-schemas.ts';

type Json = Record<string, unknown>;

const links = { type: 'object', additionalProperties: { type: 'string' } };
const error = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });
const security = [{ bearer: [] }];
const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 }, description: "The held document's id" };

export const HELD_SCHEMAS: Json = {
  Hold: {
    type: 'object',
    description: 'Why a document was held instead of stored: not a film review (the gate\'s reasons), or which film it reviews is not clear (the candidates, with the evidence for each).',
    required: ['id', 'code', 'reason', 'reasons', 'candidates', 'links'],
    properties: {
      id: { type: 'integer' },
      code: { enum: ['not-a-film-review', 'which-film', 'blocked-outlet'] },
      reason: { type: 'string' },
      reasons: { type: 'array', items: { type: 'string' }, description: 'Every reason, strongest first' },
      candidates: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            filmId: { type: 'integer' },
            title: { type: ['string', 'null'] },
            year: { type: ['integer', 'null'] },
            evidence: { type: 'array', items: { type: 'string' }, description: 'What in the review points at this film; may be empty' },
            links,
          },
        },
      },
      heldStatus: { enum: ['held', 'released', 'dismissed'], description: 'Set when this content was held before: what became of it' },
      links,
    },
  },
  HeldDocument: {
    allOf: [
      ref('Hold'),
      {
        type: 'object',
        properties: {
          status: { enum: ['held', 'released', 'dismissed'] },
          source: { type: 'string' },
          format: { enum: ['text', 'markdown', 'html', 'record'] },
          heldAt: { type: 'string' },
          resolvedAt: { type: ['string', 'null'] },
          reviewId: { type: ['integer', 'null'], description: 'The review a release made' },
          document: { type: 'object', description: 'The whole document as it came in (GET /held/{id} only)' },
        },
      },
    ],
  },
};

/** The 202 answer of POST /reviews when the review went onto the held list. */
export const HELD_INGEST_RESPONSE = {
  '202': {
    description: 'Held for an editor, not stored: not a film review, or which film it reviews is not clear',
    headers: { Location: { description: 'The held document', schema: { type: 'string' } } },
    content: { 'application/json': { schema: { type: 'object', properties: { status: { const: 'held' }, held: ref('Hold') } } } },
  },
};

export function heldPaths(): Json {
  const base = `${API_PREFIX}/held`;
  const releaseBody = z.toJSONSchema(
    z.object({ filmId: z.number().int().positive().optional(), title: z.string().optional() }).describe(
      'The film: a stored film\'s id, or "Title (Year)" of a film to add; no body lets the evidence decide',
    ),
    { io: 'input' },
  );
  return {
    [base]: {
      get: {
        summary: 'The held list (needs a token): documents kept for an editor instead of stored',
        security,
        parameters: [
          ...['limit', 'offset'].map((name) => ({ name, in: 'query', required: false, schema: z.toJSONSchema(PageQuery.shape[name as 'limit'], { io: 'input' }) })),
          { name: 'status', in: 'query', required: false, schema: { enum: ['held', 'released', 'dismissed', 'all'], default: 'held' } },
        ],
        responses: { '200': { description: 'OK', content: { 'application/json': { schema: listOf('HeldDocument') } } }, '400': error('A bad query'), '401': error('No valid token'), '403': error('The token lacks the edit scope') },
      },
    },
    [`${base}/{id}`]: {
      get: {
        summary: 'One held document, with the whole document (needs a token)',
        security,
        parameters: [idParameter],
        responses: { '200': { description: 'OK', content: { 'application/json': { schema: ref('HeldDocument') } } }, '401': error('No valid token'), '403': error('The token lacks the edit scope'), '404': error('No such held document') },
      },
    },
    [`${base}/{id}/release`]: {
      post: {
        summary: 'Store a held document as a review after all, under the film named or the one its evidence decides',
        security,
        parameters: [idParameter],
        requestBody: { required: false, content: { 'application/json': { schema: releaseBody } } },
        responses: {
          '200': { description: 'Released', content: { 'application/json': { schema: { type: 'object', properties: { status: { const: 'released' }, reviewId: { type: 'integer' }, filmId: { type: 'integer' }, links } } } } },
          '400': error('Not held any more, a bad body, or its film is still unclear (the message lists the candidates)'),
          '401': error('No valid token'), '403': error('The token lacks the edit scope'),
          '404': error('No such held document'),
        },
      },
    },
    [`${base}/{id}/dismiss`]: {
      post: {
        summary: 'Drop a held document: kept on record as dismissed, never counted',
        security,
        parameters: [idParameter],
        responses: { '200': { description: 'Dismissed' }, '400': error('Not held any more'), '401': error('No valid token'), '403': error('The token lacks the edit scope'), '404': error('No such held document') },
      },
    },
  };
}
