import { publicHandler } from '../../shared/http';
import { raw } from '../../shared/reply';
import { routes } from '../routes';
import { buildOpenApiDocument } from './openapi-document';
import { getOpenApi } from './routes';

/** Built once per container: the document only changes with a deployment. */
const document = JSON.stringify(buildOpenApiDocument(routes));

export const handler = publicHandler(getOpenApi, async () => raw(document, 'application/json; charset=utf-8'));
