import * as z from 'zod';
import { route } from '../../shared/route';

export const getOpenApi = route({
  method: 'GET',
  path: '/openapi.json',
  handler: 'docs/openapi',
  summary: 'The OpenAPI 3.1 document of this API',
  auth: 'none',
  scopes: [],
  kind: 'raw',
  response: { status: 200, description: 'The OpenAPI document', contentType: 'application/json' },
  access: {},
});

export const getDocsPage = route({
  method: 'GET',
  path: '/docs',
  handler: 'docs/page',
  summary: 'Interactive API documentation (Swagger UI)',
  auth: 'none',
  scopes: [],
  kind: 'raw',
  response: { status: 200, description: 'The documentation page', contentType: 'text/html' },
  access: {},
});

/** Files copied from swagger-ui-dist beside the docs bundle. */
export const swaggerUiFiles = ['swagger-ui.css', 'swagger-ui-bundle.js', 'swagger-ui-standalone-preset.js'] as const;
/** What `/docs/{asset}` serves: those files plus `init.js`, which points the UI at this API's document. */
export const docsAssetNames = [...swaggerUiFiles, 'init.js'] as const;

export const getDocsAsset = route({
  method: 'GET',
  path: '/docs/{asset}',
  handler: 'docs/asset',
  summary: 'A static file of the documentation page',
  auth: 'none',
  scopes: [],
  kind: 'raw',
  params: z.strictObject({ asset: z.enum(docsAssetNames) }),
  response: { status: 200, description: 'The file', contentType: 'application/octet-stream' },
  access: {},
});

export const docsRoutes = [getOpenApi, getDocsPage, getDocsAsset];
