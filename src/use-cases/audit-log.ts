/** The audit log as both faces list it: newest first, optionally only the entries about one film (by any name). */
import type { AuditEntry } from '../domain/audit.ts';
import { PlauditError } from '../domain/errors.ts';
import type { CorrectionStore } from '../store/correction-port.ts';
import { findFilm, type FilmLookupStore, type FilmNameWording } from './find-film.ts';

export interface AuditLogRequest {
  /** A film's name in any form find-film.ts reads. */
  film?: string;
  limit?: number;
  wording?: FilmNameWording;
}

export const DEFAULT_LOG_LIMIT = 50;

export async function listAuditLog(store: CorrectionStore & FilmLookupStore, request: AuditLogRequest = {}): Promise<AuditEntry[]> {
  const limit = request.limit ?? DEFAULT_LOG_LIMIT;
  if (!Number.isInteger(limit) || limit < 0) throw new PlauditError('invalid-argument', `limit must be a whole number, 0 or more, not ${limit}`);
  const filmId = request.film === undefined ? undefined : (await findFilm(store, request.film, request.wording)).id;
  return store.auditLog({ ...(filmId === undefined ? {} : { filmId }), ...(limit === 0 ? {} : { limit }) });
}
