import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { getGraduation } from './graduation-routes';
import { loadGraduation } from './graduations';

export const handler = httpHandler(getGraduation, async ({ params, principal }) =>
  ok({ graduation: await loadGraduation(principal, params.agent, params.graduation) }),
);
