import { publicHandler } from '../../shared/http';
import { raw } from '../../shared/reply';
import { getDocsPage } from './routes';

/** Swagger UI served from this API's own `/docs/*` assets: no CDN, works offline. */
const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Agent Platform API</title>
  <link rel="stylesheet" href="docs/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="docs/swagger-ui-bundle.js"></script>
  <script src="docs/swagger-ui-standalone-preset.js"></script>
  <script src="docs/init.js"></script>
</body>
</html>`;

export const handler = publicHandler(getDocsPage, async () =>
  raw(page, 'text/html; charset=utf-8', {
    'Content-Security-Policy':
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'",
  }),
);
