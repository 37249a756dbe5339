import fc from 'fast-check';
import type { ZodObject, ZodRawShape } from 'zod';
import { routes } from '../../../lambdas/http/routes';
import { api, request } from '../../support/api-client';
import { aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';

/**
 * A property over every readable route: whatever the query string and headers hold, the answer is
 * an envelope with a status below 500 (the client checks each answer against the OpenAPI document).
 * The seed is fixed so a run is repeatable; `FC_SEED` explores others.
 */

const SEED = Number(process.env.FC_SEED ?? 20261206);
const RUNS_PER_ROUTE = 8;

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constant(''),
  fc.string({ unit: 'grapheme', minLength: 200, maxLength: 600 }),
  fc.array(fc.string({ maxLength: 8 }), { minLength: 100, maxLength: 400 }).map((parts) => parts.join(',')),
  fc.constantFrom('-1', '0', '1e309', 'NaN', 'null', '[]', '{}', '%00', '../../etc', 'a'.repeat(2049)),
  fc
    .dictionary(fc.constantFrom('PK', 'SK', 'GSI1PK', 'GSI1SK', 'GSI3SK', 'x'), fc.oneof(fc.constant(''), fc.string({ maxLength: 1500 })))
    .map((key) => Buffer.from(JSON.stringify(key)).toString('base64url')),
);

const queryOf = (keys: string[]) =>
  fc
    .dictionary(fc.oneof(fc.constantFrom(...keys), fc.string({ minLength: 1, maxLength: 12 })), hostileText, { maxKeys: 4 })
    .map((query) => new URLSearchParams(query).toString());

const headerValue = fc.stringMatching(/^[\x21-\x7e]{0,2000}$/);

let owner: TestUser;
let workspaceId: string;
let agentId: string;

beforeAll(async () => {
  owner = await aUser('query-fuzzer');
  workspaceId = await aWorkspace(owner);
  await setTier(workspaceId, 'enterprise');
  agentId = (await api.post('/api/agents', { name: 'Fuzz target' }, { token: owner.token })).body.data.agent.id;
});

const concretePath = (template: string) =>
  template
    .replace('{ws}', workspaceId)
    .replace('{agent}', agentId)
    .replace(/\{[a-z_]+\}/g, 'missing');

const readableRoutes = routes.filter((r) => r.method === 'GET' && r.kind !== 'raw' && r.auth === 'user');

describe('every readable route under hostile query strings and headers', () => {
  it.each(readableRoutes.map((r) => [r.path, r] as const))(
    'GET %s never answers 5xx',
    async (_path, route) => {
      const keys = route.query ? Object.keys((route.query as unknown as ZodObject<ZodRawShape>).shape) : [];
      await fc.assert(
        fc.asyncProperty(
          queryOf(keys.length ? keys : ['limit']),
          fc.option(headerValue, { nil: undefined }),
          fc.option(headerValue, { nil: undefined }),
          fc.option(fc.oneof(headerValue, fc.constant(workspaceId)), { nil: undefined }),
          async (query, ifNoneMatch, idempotencyKey, workspaceHeader) => {
            const headers: Record<string, string> = {};
            if (ifNoneMatch !== undefined) headers['If-None-Match'] = ifNoneMatch;
            if (idempotencyKey !== undefined) headers['Idempotency-Key'] = idempotencyKey;
            if (workspaceHeader !== undefined) headers['X-Workspace-ID'] = workspaceHeader;
            const res = await request('GET', `${concretePath(route.path)}?${query}`, { token: owner.token, headers });
            expect(res.status).toBeLessThan(500);
            expect(res.body.success).toBe(res.status < 400);
          },
        ),
        { seed: SEED, numRuns: RUNS_PER_ROUTE, endOnFailure: true },
      );
    },
    120_000,
  );
});
