import { gatewayErrors } from '../../../lib/api/gateway-responses';
import { commonErrorCodes } from '../../../lambdas/http/docs/openapi-components';
import { openApiJson } from '../../../lambdas/http/docs/openapi-source';
import { ERROR_CODES, type ErrorCode } from '../../../lambdas/domain/errors';
import { routes } from '../../../lambdas/http/routes';
import { ERROR_STATUS } from '../../../lambdas/shared/error-status';
import { pipelineCodes, routeCodes } from '../../support/route-codes';
import { type KINDS, thrownCodes } from '../../support/thrown-codes';

/**
 * The catalogue (domain/errors.ts), its statuses (shared/error-status.ts) and each route line's codes
 * against what the source can throw.
 */

const catalogue = ERROR_CODES as Record<string, string>;
const status = ERROR_STATUS as Record<string, number>;
const thrown = thrownCodes();

/** The status each kind of error's name promises; the code alone decides it, so the two must agree. */
const KIND_STATUS: Record<(typeof KINDS)[number], number> = {
  InvalidInput: 400,
  Forbidden: 403,
  NotFound: 404,
  Conflict: 409,
  Unprocessable: 422,
  TooManyRequests: 429,
};

type Document = {
  components: {
    schemas: {
      ErrorEnvelope: {
        properties: { error: { properties: { code: { 'x-error-codes': Record<string, { status: number; when: string }> } } } };
      };
    };
    responses: Record<string, { description: string }>;
  };
};

describe('the error catalogue', () => {
  it('finds the codes thrown across the source (the scan itself works)', () => {
    const codes = new Set(thrown.map((t) => t.code));
    for (const code of ['AGENT_BUSY', 'PLUGIN_NOT_ENABLED', 'AGENT_NOT_FOUND', 'VERSION_CONFLICT', 'QUOTA_EXCEEDED', 'INVALID_BUNDLE'])
      expect(codes).toContain(code);
  });

  it('declares every code the source can answer with', () => {
    const missing = thrown.filter((t) => !catalogue[t.code]).map((t) => `${t.code} (${t.where})`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('declares no code that nothing throws', () => {
    const codes = new Set(thrown.map((t) => t.code));
    expect(Object.keys(catalogue).filter((code) => !codes.has(code))).toEqual([]);
  });

  it('maps each code thrown as a kind of refusal (Conflict, NotFound, …) to the status that kind names', () => {
    const wrong = thrown
      .filter((t) => t.kind !== null && status[t.code] !== KIND_STATUS[t.kind as (typeof KINDS)[number]])
      .map((t) => `${t.kind} ${t.code} → ${status[t.code]} (${t.where})`);
    expect([...new Set(wrong)]).toEqual([]);
  });

  it("answers API Gateway's own refusals with their code's status; only its integration failures are 502 and 504", () => {
    const own = gatewayErrors.filter((e) => e.status !== undefined && e.status !== ERROR_STATUS[e.code]);
    expect(own.map((e) => [e.type, e.code, e.status])).toEqual([
      ['INTEGRATION_TIMEOUT', 'INTERNAL', 504],
      ['INTEGRATION_FAILURE', 'INTERNAL', 502],
    ]);
  });

  it('is in the OpenAPI document: every code with its status, and each error response names its codes', () => {
    const document = JSON.parse(openApiJson()) as Document;
    const listed = document.components.schemas.ErrorEnvelope.properties.error.properties.code['x-error-codes'];
    expect(listed).toEqual(
      Object.fromEntries(
        (Object.keys(ERROR_CODES) as ErrorCode[]).map((code) => [code, { status: ERROR_STATUS[code], when: ERROR_CODES[code] }]),
      ),
    );
    for (const code of Object.keys(ERROR_CODES) as ErrorCode[])
      expect(document.components.responses[`Error${ERROR_STATUS[code]}`]?.description).toContain(`${code}:`);
  });
});

describe("each route line's error codes", () => {
  const pipeline = pipelineCodes();
  it.each(routes.map((r) => [`${r.method} ${r.path}`, r] as const))('%s lists exactly the codes its handler can reach', (_, r) => {
    const common = new Set<string>(commonErrorCodes(r));
    const reached = [...routeCodes(r.handler)].filter((code) => !pipeline.has(code) && !common.has(code)).sort();
    expect([...(r.errors ?? [])].sort()).toEqual(reached);
  });
});
