import { api } from '../support/api-client';

describe('GET /api/health', () => {
  it('answers 200 in the envelope with the table and bucket both checked', async () => {
    const res = await api.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body.success).toBe(true);
    expect(res.body.data).toMatchObject({ status: 'ok', environment: 'local', checks: { table: { ok: true }, bucket: { ok: true } } });
    expect(res.body.meta.request_id).toMatch(/^req_/);
  });

  it('carries the security headers on every answer', async () => {
    const res = await api.get('/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toContain('max-age=');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });
});
