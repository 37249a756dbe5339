import type { RouteDefinition } from '../../../lambdas/shared/route';
import { compileRoutes, matchRoute } from '../../../local/route-matcher';

const r = (method: RouteDefinition['method'], path: string) =>
  ({
    method,
    path,
    handler: `${method}${path}`,
    summary: '',
    auth: 'none',
    scopes: [],
    response: { status: 200, description: '' },
    access: {},
  }) as RouteDefinition;

const table = compileRoutes([
  r('GET', '/api/agents/{agent}'),
  r('PATCH', '/api/agents/{agent}'),
  r('GET', '/api/agents/context-stats'),
  r('GET', '/api/agents'),
]);

describe('route matching', () => {
  it('prefers a literal segment over a parameter, as API Gateway does', () => {
    expect(matchRoute(table, 'GET', '/api/agents/context-stats')).toMatchObject({
      kind: 'route',
      route: { path: '/api/agents/context-stats' },
    });
  });

  it('binds and decodes path parameters', () => {
    expect(matchRoute(table, 'GET', '/api/agents/my%20agent')).toMatchObject({ kind: 'route', pathParameters: { agent: 'my agent' } });
  });

  it('reports the allowed methods of a path for the wrong method', () => {
    expect(matchRoute(table, 'DELETE', '/api/agents/a')).toEqual({ kind: 'method-not-allowed', allowed: ['GET', 'PATCH'] });
  });

  it('reports an unknown path', () => {
    expect(matchRoute(table, 'GET', '/api/agents/a/b/c')).toEqual({ kind: 'not-found' });
  });
});
