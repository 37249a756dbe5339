import { checkBucket } from '../../data/bucket';
import { checkTable } from '../../data/health';
import { DomainError } from '../../domain/errors';
import { publicHandler } from '../../shared/http';
import { platformInfo } from '../../shared/platform';
import { ok } from '../../shared/reply';
import { getHealth } from './routes';

export const handler = publicHandler(getHealth, async () => {
  const [table, bucket] = await Promise.all([checkTable(), checkBucket()]);
  if (!table.ok || !bucket.ok) {
    const failing = Object.entries({ table, bucket }).filter(([, c]) => !c.ok);
    throw new DomainError(
      'SERVICE_UNAVAILABLE',
      'a dependency of the platform is not answering; retry shortly',
      failing.map(([name]) => ({ field: name, issue: 'not answering' })),
    );
  }
  return ok({ status: 'ok', version: platformInfo.version, environment: platformInfo.environment, checks: { table, bucket } });
});
