/**
 * The condition every SQL count of verdicts applies so that a review nothing judged (verdict source 'none': written
 * in a language the text model does not read, with no rating or label) counts nowhere: its verdict column holds a
 * placeholder. An editor's verdict on such a review counts, as it does on any other.
 */
import { sql, type RawBuilder } from 'kysely';

/** True for a review (aliased r) whose current version (v) has a verdict from some signal, or from an editor. */
export function reviewJudged(): RawBuilder<boolean> {
  return sql<boolean>`(v.verdict_source <> 'none' or exists (select 1 from review_corrections as cj where cj.review_id = r.id and cj.verdict is not null))`;
}
