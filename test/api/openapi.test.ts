import { Validator } from '@seriousme/openapi-schema-validator';
import { routes } from '../../lambdas/http/routes';
import { api } from '../support/api-client';

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const res = await api.get('/openapi.json');
    expect(res.status).toBe(200);
    const result = await new Validator().validate(res.body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(res.body.openapi).toBe('3.1.0');
  });

  it('documents every route of the route table with its security', async () => {
    const { body } = await api.get('/openapi.json');
    for (const route of routes) {
      const operation = body.paths[route.path]?.[route.method.toLowerCase()];
      expect({ route: `${route.method} ${route.path}`, documented: Boolean(operation) }).toEqual({
        route: `${route.method} ${route.path}`,
        documented: true,
      });
      expect(operation.security.length > 0).toBe(route.auth === 'user');
    }
  });

  it('declares both ways to authenticate', async () => {
    const { body } = await api.get('/openapi.json');
    expect(body.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(body.components.securitySchemes.apiKeyAuth).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-API-Key' });
  });
});
