/** The editorial routes' part of the OpenAPI document (openapi.ts; the routes are edits.ts). */
import { API_PREFIX } from '../paths.ts';

type Json = Record<string, unknown>;

const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const security = [{ bearer: [] }];
const note = { type: 'string', description: 'Why, for the audit log' };

function post(summary: string, what: string, body: Json): Json {
  return {
    post: {
      summary,
      security,
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: `The ${what}: its id, or a name that names it alone` }],
      requestBody: { required: false, content: { 'application/json': { schema: { type: 'object', additionalProperties: false, properties: body } } } },
      responses: {
        200: { description: 'Done; the body says what changed and the audit entry (auditId; null when nothing changed)', content: { 'application/json': { schema: { type: 'object' } } } },
        400: error('A malformed body, or a change refused (a film into itself, an IMDb id another film has)'),
        401: error('No valid API token'),
        404: error(`No such ${what}`),
        409: error(`The name fits several; the body lists them`),
      },
    },
  };
}

export function editPaths(): Json {
  return {
    [`${API_PREFIX}/films/{id}/merge`]: post("Merge this film into another: its reviews, title and ids move there, and its addresses answer 308 to it", 'film', {
      into: { type: ['string', 'integer'], description: 'The film to keep' },
      note,
    }),
    [`${API_PREFIX}/films/{id}/edit`]: post("Edit a film's details; the old title stays as an alias", 'film', {
      title: { type: 'string' },
      year: { type: ['integer', 'string'] },
      imdb: { type: 'string', pattern: '^tt\\d{7,10}$' },
      tmdb: { type: ['integer', 'string'] },
      originalTitle: { type: 'string' },
      addAliases: { type: 'array', items: { type: 'string' } },
      note,
    }),
    [`${API_PREFIX}/critics/{id}/top`]: post("Mark a critic a top critic (top: false removes the mark)", 'critic', { top: { type: 'boolean', default: true }, note }),
    [`${API_PREFIX}/outlets/{id}/block`]: post("Block an outlet: its reviews leave every film's counts and new ones are held (block: false unblocks)", 'outlet', {
      block: { type: 'boolean', default: true },
      reason: { type: 'string', description: 'Why; required to block, shown on the held list' },
    }),
  };
}
