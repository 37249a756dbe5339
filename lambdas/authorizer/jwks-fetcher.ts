import { type Fetcher, SimpleFetcher } from 'aws-jwt-verify/https';

/**
 * aws-jwt-verify fetches JWKS over HTTPS only. The local runtime's dev identity provider serves
 * its JWKS on loopback over plain HTTP, so loopback URIs — and only those — go through `fetch`.
 */
const LOOPBACK = /^http:\/\/(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])(?::\d+)?\//;

const https = new SimpleFetcher();

export const jwksFetcher: Fetcher = {
  fetch: async (uri, requestOptions, data) => {
    if (!LOOPBACK.test(uri)) return https.fetch(uri, requestOptions, data);
    const response = await fetch(uri, { signal: AbortSignal.timeout(3000) });
    if (!response.ok) throw new Error(`JWKS endpoint answered ${response.status}`);
    return response.arrayBuffer();
  },
};
