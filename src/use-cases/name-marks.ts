/**
 * Editorial marks on names: a critic marked a top critic (every review by them counts as a top critic's), an
 * outlet blocked (its reviews are held, not counted). A name is found as the name pages find it: by id, or by
 * its name key (store/name-key.ts), so "a. o. scott" finds "A.O. Scott".
 */
import { PlauditError } from '../domain/errors.ts';
import type { EditAuthor, EditableName, EditStore, NameMarkResult } from '../store/edit-port.ts';
import { nameKey } from '../store/name-key.ts';

export async function findName(store: EditStore, kind: 'critic' | 'outlet', name: string): Promise<EditableName> {
  const trimmed = name.trim();
  const asId = /^\d{1,12}$/.test(trimmed) ? await store.namesFor(kind, { id: Number(trimmed) }) : [];
  if (asId.length === 1) return asId[0]!;
  const key = nameKey(trimmed);
  const named = key === '' ? [] : await store.namesFor(kind, { nameKey: key });
  if (named.length === 1) return named[0]!;
  if (named.length > 1) {
    throw new PlauditError('ambiguous', `"${trimmed}" names ${named.length} ${kind}s: ${named.map((n) => `${n.name} (id ${n.id})`).join('; ')}; give the id`);
  }
  throw new PlauditError('not-found', `no ${kind} is named "${trimmed}" (give the name as the ${kind}s page lists it, or the id)`);
}

export async function markTopCritic(store: EditStore, request: { critic: string; top: boolean; author: EditAuthor }): Promise<NameMarkResult> {
  const critic = await findName(store, 'critic', request.critic);
  return store.setCriticTop(critic.id, request.top, request.author);
}

export async function blockOutlet(store: EditStore, request: { outlet: string; block: boolean; author: EditAuthor }): Promise<NameMarkResult> {
  const outlet = await findName(store, 'outlet', request.outlet);
  if (request.block && request.author.reason.trim() === '') {
    throw new PlauditError('invalid-argument', 'blocking an outlet needs a reason (--reason): the held list shows it');
  }
  return store.setOutletBlocked(outlet.id, request.block ? request.author.reason.trim() : null, request.author);
}
