import type { RecordedViolation } from '../domain/graduation/demotion';
import { EPISODE_SORT_KEY_END, episodeSortKeyFrom } from './keys';
import { queryPages } from './operations';
import { patternQuery, patterns } from './patterns';

/**
 * The governance violations an agent's runs recorded at `level` since `since`, newest first, read
 * from its episodes (one per finished run, keyed by the run's ULID, so the window is a sort-key
 * range). Stops once `enough` are found: the demotion rule needs no more. Only runs at a
 * violation's event are read, so the filtered range read stays off every request path.
 */
export const violationsSince = async (agentId: string, level: string, since: Date, enough: number): Promise<RecordedViolation[]> => {
  const found: RecordedViolation[] = [];
  const pages = queryPages<RecordedViolation>(
    patternQuery(
      patterns.episodesOf,
      { agent: agentId },
      {
        sort: { between: [episodeSortKeyFrom(since.getTime()), EPISODE_SORT_KEY_END] },
        FilterExpression: 'outcome.#error.code = :violation AND maturity_level = :level',
        ProjectionExpression: 'execution_id, maturity_level, completed_at',
        ExpressionAttributeNames: { '#error': 'error' },
        ExpressionAttributeValues: { ':violation': 'GOVERNANCE_VIOLATION', ':level': level },
        ScanIndexForward: false,
      },
    ),
  );
  for await (const page of pages) {
    found.push(...page);
    if (found.length >= enough) break;
  }
  return found;
};
