/** The review corrections, audit log and undo routes' part of the OpenAPI document (openapi.ts; routes: corrections.ts). */
import { API_PREFIX } from '../paths.ts';

type Json = Record<string, unknown>;

const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const security = [{ bearer: [] }];
const note = { type: 'string', description: 'Why, for the audit log' };
const reviewId = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 }, description: "The review's id" };
const result = {
  description: 'Done: the audit entry, the fields that changed, and the review as it now reads (with its correction)',
  content: { 'application/json': { schema: { type: 'object', properties: { auditId: { type: 'integer' }, changed: { type: 'array', items: { type: 'string' } }, review: { type: 'object' } } } } },
};

function post(summary: string, body: Json, required: string[] = []): Json {
  return {
    post: {
      summary,
      security,
      parameters: [reviewId],
      requestBody: { required: required.length > 0, content: { 'application/json': { schema: { type: 'object', additionalProperties: false, required, properties: body } } } },
      responses: {
        200: result,
        400: error('A malformed body, or nothing to change (the value it already has, a score outside 0-100, the film it is already on)'),
        401: error('No valid API token'),
        404: error('No such review, or no such film'),
        409: error('The film name fits several films; the body lists them'),
      },
    },
  };
}

export function correctionPaths(): Json {
  return {
    [`${API_PREFIX}/reviews/{id}/set`]: post("Set a review's verdict and/or score; it outlasts re-ingesting and new versions of the text", {
      verdict: { enum: ['positive', 'negative'] },
      score: { type: 'integer', minimum: 0, maximum: 100 },
      note,
    }),
    [`${API_PREFIX}/reviews/{id}/move`]: post('Move a review to another film', { film: { type: ['string', 'integer'], description: 'The film: id, IMDb id, key, "Title (Year)", title or slug' }, note }, ['film']),
    [`${API_PREFIX}/reviews/{id}/remove`]: post("Leave a review out of its film's counts and lists (still readable by id)", { reason: { type: 'string', minLength: 1 } }, ['reason']),
    [`${API_PREFIX}/reviews/{id}/restore`]: post('Count a removed review again', { note }),
    [`${API_PREFIX}/log`]: {
      get: {
        summary: 'The audit log of editorial changes, newest first',
        security,
        parameters: [
          { name: 'film', in: 'query', schema: { type: 'string' }, description: 'Only the changes to this film (any name that names it)' },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
        ],
        responses: {
          200: { description: 'The entries: who, when, action, target, reason, before and after', content: { 'application/json': { schema: { type: 'object', properties: { items: { type: 'array', items: { type: 'object' } } } } } } },
          400: error('A malformed query'),
          401: error('No valid API token'),
          404: error('No such film'),
        },
      },
    },
    [`${API_PREFIX}/undo/{entry}`]: {
      post: {
        summary: 'Reverse an audit entry by writing its before state back, as an undo entry; undoing an undo does the change again',
        security,
        parameters: [{ name: 'entry', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
        requestBody: { required: false, content: { 'application/json': { schema: { type: 'object', additionalProperties: false, properties: { note } } } } },
        responses: {
          200: { description: 'Undone: the undo entry (auditId) and the entry it reversed', content: { 'application/json': { schema: { type: 'object' } } } },
          400: error('Already undone, changed since, or an entry that cannot be undone this way'),
          401: error('No valid API token'),
          404: error('No such entry'),
        },
      },
    },
  };
}
