import { z } from 'zod';
import { buildOpenApiDocument } from '../../../lambdas/http/docs/openapi-document';
import { route } from '../../../lambdas/shared/route';

const createThing = route({
  method: 'POST',
  path: '/api/things/{thing}',
  handler: 'things/create',
  summary: 'Create a thing',
  auth: 'user',
  scopes: ['write'],
  idempotent: true,
  body: z.strictObject({ name: z.string().max(100) }),
  query: z.strictObject({ limit: z.coerce.number().int().min(1).max(100).optional() }),
  response: { status: 201, description: 'Created', data: z.object({ thing: z.object({ id: z.string() }) }) },
  errors: ['NAME_TAKEN'],
  access: { table: 'write' },
});

// The generated document is untyped JSON; the assertions below are its types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const operation = buildOpenApiDocument([createThing]).paths['/api/things/{thing}']?.post as Record<string, any>;

describe('the OpenAPI document built from route lines', () => {
  it('describes the body from the zod schema, refusing unknown fields', () => {
    const schema = operation.requestBody.content['application/json'].schema;
    expect(schema).toMatchObject({ type: 'object', additionalProperties: false, properties: { name: { type: 'string', maxLength: 100 } } });
  });

  it('lists path, query and header parameters', () => {
    const names = operation.parameters.map((p: { name?: string; $ref?: string }) => p.name ?? p.$ref);
    expect(names).toEqual(
      expect.arrayContaining(['thing', 'limit', '#/components/parameters/WorkspaceHeader', '#/components/parameters/IdempotencyKeyHeader']),
    );
  });

  it('wraps the success data in the envelope and lists the errors the route can answer, each under its status', () => {
    expect(operation.responses['201'].content['application/json'].schema.properties.data).toMatchObject({ properties: { thing: {} } });
    expect(Object.keys(operation.responses).sort()).toEqual(['201', '400', '401', '403', '404', '409', '413', '415', '422', '429', '500']);
    expect(operation.responses['409']).toMatchObject({ $ref: '#/components/responses/Error409' });
    const codes = (status: string) => operation.responses[status].description.split(', ');
    expect(codes('409')).toEqual(['IDEMPOTENCY_IN_PROGRESS', 'NAME_TAKEN']);
    expect(codes('422')).toEqual(['IDEMPOTENCY_KEY_REUSED']);
  });

  it('requires a bearer token or an API key on protected routes', () => {
    expect(operation.security).toEqual([{ bearerAuth: [] }, { apiKeyAuth: [] }]);
  });
});
