import * as z from 'zod';
import { route } from '../../shared/route';

const check = z.object({ ok: z.boolean(), latency_ms: z.number().int().nonnegative() });

export const healthData = z.object({
  status: z.literal('ok'),
  version: z.string(),
  environment: z.string(),
  checks: z.object({ table: check, bucket: check }),
});

export const getHealth = route({
  method: 'GET',
  path: '/api/health',
  handler: 'health/get',
  errors: ['SERVICE_UNAVAILABLE'],
  summary: 'Check that the API, its table and its bucket answer',
  description: [
    'Public.',
    'Answers 200 when the table and the bucket both answer, otherwise 503 `SERVICE_UNAVAILABLE` with the failing checks in `details`.',
  ].join(' '),
  auth: 'none',
  scopes: [],
  response: { status: 200, description: 'The platform is healthy', data: healthData },
  access: { table: 'read', bucket: 'read' },
});

export const healthRoutes = [getHealth];
