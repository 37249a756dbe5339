import { publicHandler } from '../../shared/http';
import { raw } from '../../shared/reply';
import { openApiJson } from './openapi-source';
import { getOpenApi } from './routes';

/** Built once per container: the document only changes with a deployment. */
const document = openApiJson();

export const handler = publicHandler(getOpenApi, async () => raw(document, 'application/json; charset=utf-8'));
