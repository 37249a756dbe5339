import { api, request } from '../support/api-client';

describe('errors answered before or around a handler', () => {
  it('an unknown route answers 404 NOT_FOUND in the envelope', async () => {
    const res = await api.get('/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ success: false, error: { code: 'NOT_FOUND' } });
  });

  it('a known path with the wrong method answers 405 and lists the allowed methods', async () => {
    const res = await api.delete('/api/health');
    expect(res.status).toBe(405);
    expect(res.body.error.code).toBe('METHOD_NOT_ALLOWED');
    expect(res.headers.get('allow')).toBe('GET');
  });

  it('a body over the endpoint limit answers 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await request('GET', '/api/health', {
      rawBody: JSON.stringify({ padding: 'x'.repeat(300 * 1024) }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: [{ field: 'body', limit_bytes: 262144 }] });
  });

  it('a body over the gateway limit answers 413 without reaching a handler', async () => {
    const res = await request('GET', '/api/health', { rawBody: Buffer.alloc(11 * 1024 * 1024, 120) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('an unknown query parameter answers 400 INVALID_INPUT naming it', async () => {
    const res = await api.get('/api/health?verbose=1');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'INVALID_INPUT', details: [{ field: 'query.verbose', issue: 'unknown parameter' }] });
  });

  it('a docs asset that does not exist answers 400 naming the parameter, never a file outside the assets', async () => {
    const res = await api.get('/docs/..%2Fpackage.json');
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].field).toBe('path.asset');
  });
});

describe('CORS', () => {
  it('answers the preflight of a known path and puts the allowed origin on the answer itself', async () => {
    const preflight = await fetch(`${process.env.API_URL}/api/health`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://app.example.com', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('X-Workspace-ID');
    const res = await api.get('/api/health', { headers: { Origin: 'https://app.example.com' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
  });
});
