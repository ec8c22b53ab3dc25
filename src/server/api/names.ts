/** GET /api/v1/critics and /outlets: lists, one name, and their reviews. */
import { Hono } from 'hono';
import { PlauditError } from '../../domain/errors.ts';
import type { NameKind } from '../../store/web-port.ts';
import type { ListCache } from '../list-cache.ts';
import { consensusAgreement } from '../critic-agreement.ts';
import type { ServerDeps } from '../deps.ts';
import { IdParam, PageQuery, paginate, parseWith } from '../validate.ts';
import { nameJson, reviewJson } from './serialize.ts';

export function nameRoutes(deps: ServerDeps, lists: ListCache, kind: NameKind): Hono {
  const api = new Hono();
  const idKey = kind === 'critic' ? 'criticId' : 'outletId';

  async function named(id: number) {
    const name = await deps.store.getName(kind, id);
    if (name === null) throw new PlauditError('not-found', `There is no ${kind} with id ${id}.`);
    return name;
  }

  api.get('/', async (c) => {
    const query = parseWith(PageQuery.strict(), c.req.query(), 'query');
    const { items, page } = paginate(await lists.names(kind), query, c.req.url);
    return c.json({ items: items.map(nameJson), page });
  });

  api.get('/:id', async (c) => {
    const { id } = parseWith(IdParam, c.req.param(), `${kind} id`);
    const name = await named(id);
    const reviews = await deps.store.webReviews({ [idKey]: id } as { criticId: number });
    const agreement = consensusAgreement(reviews, await lists.filmsById());
    return c.json({ ...nameJson(name), agreement });
  });

  api.get('/:id/reviews', async (c) => {
    const { id } = parseWith(IdParam, c.req.param(), `${kind} id`);
    const query = parseWith(PageQuery.strict(), c.req.query(), 'query');
    await named(id);
    const reviews = await deps.store.webReviews({ [idKey]: id } as { criticId: number });
    const { items, page } = paginate(reviews, query, c.req.url);
    return c.json({ items: items.map(reviewJson), page });
  });

  return api;
}
