import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { requiredEnv } from '../../shared/env';
import { publicHandler } from '../../shared/http';
import { raw } from '../../shared/reply';
import { getDocsAsset } from './routes';

/** Where swagger-ui-dist's files are: copied beside the bundle deployed, node_modules locally. */
const assetDir = requiredEnv('SWAGGER_UI_DIR');

const initScript = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: new URL('openapi.json', window.location.href.replace(/\\/docs\\/?$/, '/')).href,
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout',
  });
});`;

const contentTypes: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
};

const cache = new Map<string, string>();

export const handler = publicHandler(getDocsAsset, async ({ params }) => {
  const name = params.asset;
  const body = name === 'init.js' ? initScript : (cache.get(name) ?? (await readFile(join(assetDir, name), 'utf8')));
  cache.set(name, body);
  return raw(body, contentTypes[name.split('.').pop() ?? ''] ?? 'application/octet-stream');
});
