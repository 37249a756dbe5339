import { publicHandler } from '../../shared/http';
import { platformInfo } from '../../shared/platform';
import { ok } from '../../shared/reply';
import { checkPlatformHealth } from '../../use-cases/health/check';
import * as routes from './routes';

export const handler = publicHandler(routes.getHealth, async () => {
  const checks = await checkPlatformHealth();
  return ok({ status: 'ok', version: platformInfo.version, environment: platformInfo.environment, checks });
});
