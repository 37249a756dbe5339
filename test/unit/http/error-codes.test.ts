import { openApiJson } from '../../../lambdas/http/docs/openapi-source';
import { ERROR_CODES, type ErrorCodeEntry } from '../../../lambdas/shared/error-codes';
import { thrownCodes } from '../../support/thrown-codes';

/** The error table (shared/error-codes.ts, rendered into the OpenAPI document) against what the source can throw. */

const table = ERROR_CODES as Record<string, ErrorCodeEntry>;
const thrown = thrownCodes();

type Document = {
  components: {
    schemas: {
      ErrorEnvelope: { properties: { error: { properties: { code: { 'x-error-codes': Record<string, { statuses: number[] }> } } } } };
    };
    responses: Record<string, { description: string }>;
  };
};

describe('the error code table', () => {
  it('finds the codes thrown across the source (the scan itself works)', () => {
    const codes = new Set(thrown.map((t) => t.code));
    for (const code of ['AGENT_BUSY', 'PLUGIN_NOT_ENABLED', 'AGENT_NOT_FOUND', 'VERSION_CONFLICT', 'QUOTA_EXCEEDED', 'RATE_LIMIT_EXCEEDED'])
      expect(codes).toContain(code);
  });

  it('lists every code the source can answer with, under the status its error class gives it', () => {
    const missing = thrown.filter((t) => !table[t.code]).map((t) => `${t.code} (${t.where})`);
    expect([...new Set(missing)]).toEqual([]);
    const wrongStatus = thrown
      .filter((t) => t.status !== null && table[t.code] && !table[t.code]?.statuses.includes(t.status))
      .map((t) => `${t.code} ${t.status} (${t.where})`);
    expect(wrongStatus).toEqual([]);
  });

  it('lists no code that nothing throws', () => {
    const codes = new Set(thrown.map((t) => t.code));
    expect(Object.keys(table).filter((code) => !codes.has(code))).toEqual([]);
  });

  it('is in the OpenAPI document: every code with its statuses, and each error response names its codes', () => {
    const document = JSON.parse(openApiJson()) as Document;
    const listed = document.components.schemas.ErrorEnvelope.properties.error.properties.code['x-error-codes'];
    expect(Object.fromEntries(Object.entries(listed).map(([code, e]) => [code, e.statuses]))).toEqual(
      Object.fromEntries(Object.entries(table).map(([code, e]) => [code, [...e.statuses]])),
    );
    for (const [code, entry] of Object.entries(table)) {
      for (const status of entry.statuses) expect(document.components.responses[`Error${status}`]?.description).toContain(`${code}:`);
    }
  });
});
