/**
 * Full-text search (SQLite FTS5). Two indexes:
 * - search_names: film titles, critics, outlets and people (the person facts of migration 002), with the trigram
 *   tokenizer, so a misspelt name still shares most of its three-letter pieces with the right one. The rowid
 *   encodes kind and id (id * 4 + kind) so a renamed film is replaced without a scan.
 * - search_reviews: review text, an external-content index over review_versions (the text is not stored twice).
 *   Old versions stay indexed; queries keep only rows that are some review's current version.
 * Triggers keep both current inside the ingest transaction, so no batch-end step can be forgotten.
 */
import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The fact kinds that name a person (PERSON_KINDS in domain/credits.ts), written out: a migration must keep
 * meaning what it meant when it ran, so a later change to that set comes with its own migration.
 */
const PERSON_FACT_KINDS = [
  'director', 'writer', 'producer', 'cast', 'cinematography', 'editing', 'music', 'production-design', 'costume', 'sound',
];

/** Kind codes in search_names' rowid; also used by the reader. */
export const NAME_KIND_CODES = { film: 0, critic: 1, outlet: 2, person: 3 } as const;

export const searchIndex: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await sql`create virtual table search_names using fts5(name, tokenize = 'trigram remove_diacritics 1')`.execute(db);
    await sql`create virtual table search_reviews using fts5(
      text, content = 'review_versions', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
    await createNameTriggers(db);
    await sql`create trigger search_reviews_insert after insert on review_versions begin
      insert into search_reviews (rowid, text) values (new.id, new.text); end`.execute(db);
    await backfill(db);
  },
};

async function createNameTriggers(db: Kysely<any>): Promise<void> {
  const film = NAME_KIND_CODES.film;
  await sql`create trigger search_names_film_insert after insert on films when new.title is not null begin
    insert into search_names (rowid, name) values (new.id * 4 + ${sql.lit(film)}, new.title); end`.execute(db);
  // The resolver may give an untitled film a title, or correct one; replace the indexed row.
  await sql`create trigger search_names_film_update after update of title on films begin
    delete from search_names where rowid = old.id * 4 + ${sql.lit(film)};
    insert into search_names (rowid, name) select new.id * 4 + ${sql.lit(film)}, new.title where new.title is not null;
    end`.execute(db);
  // One row per fact naming a person: the same name from many reviews is deduplicated when searched.
  await sql`create trigger search_names_person_insert after insert on review_facts
    when new.kind in (${sql.join(PERSON_FACT_KINDS.map((kind) => sql.lit(kind)))}) begin
    insert into search_names (rowid, name) values (new.id * 4 + ${sql.lit(NAME_KIND_CODES.person)}, new.value); end`.execute(db);
  for (const [table, code] of [['critics', NAME_KIND_CODES.critic], ['outlets', NAME_KIND_CODES.outlet]] as const) {
    await sql`create trigger ${sql.raw(`search_names_${table}_insert`)} after insert on ${sql.table(table)} begin
      insert into search_names (rowid, name) values (new.id * 4 + ${sql.lit(code)}, new.name); end`.execute(db);
  }
}

async function backfill(db: Kysely<any>): Promise<void> {
  const { film, critic, outlet } = NAME_KIND_CODES;
  await sql`insert into search_names (rowid, name)
    select id * 4 + ${sql.lit(film)}, title from films where title is not null
    union all select id * 4 + ${sql.lit(critic)}, name from critics
    union all select id * 4 + ${sql.lit(outlet)}, name from outlets
    union all select id * 4 + ${sql.lit(NAME_KIND_CODES.person)}, value from review_facts
      where kind in (${sql.join(PERSON_FACT_KINDS.map((kind) => sql.lit(kind)))})`.execute(db);
  await sql`insert into search_reviews (search_reviews) values ('rebuild')`.execute(db);
}
