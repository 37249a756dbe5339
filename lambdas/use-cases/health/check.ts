import { checkBucket } from '../../data/bucket';
import { checkTable } from '../../data/health';
import { DomainError } from '../../domain/errors';

/**
 * Checking that the platform's dependencies answer, the primary course:
 * 1. probe the table and the bucket at once, timing each;
 * 2. when either does not answer: 503 SERVICE_UNAVAILABLE naming the failing ones.
 */
export const checkPlatformHealth = async () => {
  const [table, bucket] = await Promise.all([checkTable(), checkBucket()]);
  if (!table.ok || !bucket.ok) {
    const failing = Object.entries({ table, bucket }).filter(([, c]) => !c.ok);
    throw new DomainError(
      'SERVICE_UNAVAILABLE',
      'a dependency of the platform is not answering; retry shortly',
      failing.map(([name]) => ({ field: name, issue: 'not answering' })),
    );
  }
  return { table, bucket };
};
