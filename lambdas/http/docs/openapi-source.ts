import { routes } from '../routes';
import { buildOpenApiDocument } from './openapi-document';

/**
 * The document as JSON. Locally it is generated from the route table when first asked for; the
 * deployed bundle has this module replaced by the document generated at build time
 * (lib/build/bundle.ts), so the function carries neither the route table nor the generator.
 */
export const openApiJson = (): string => JSON.stringify(buildOpenApiDocument(routes));
