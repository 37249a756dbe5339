/**
 * What a tenant is told when an attempt got no answer: a class, never the library's message, which
 * can name resolved addresses, resolver details or certificate subjects of someone else's network.
 */

export const ATTEMPT_FAILURES = [
  'connection_refused',
  'timeout',
  'dns_failure',
  'tls_error',
  'refused_target',
  'connection_error',
] as const;
export type AttemptFailure = (typeof ATTEMPT_FAILURES)[number];

/** The parts of a thrown error the class is read from (Node's `code`, the error's `name`). */
export interface ErrorShape {
  name?: string;
  code?: string;
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'ENODATA', 'ESERVFAIL']);
const isTls = (code: string) => /TLS|SSL|CERT/.test(code) || code.startsWith('UNABLE_TO_') || code === 'EPROTO';

/** `refused`: the platform's own address rule stopped it (see outbound-fetch's OutboundRefused). */
export const failureClass = (error: ErrorShape, refused: boolean): AttemptFailure => {
  if (refused) return 'refused_target';
  const code = error.code ?? '';
  if (error.name === 'AbortError' || error.name === 'TimeoutError' || code === 'ETIMEDOUT' || code === 'ABORT_ERR') return 'timeout';
  if (code === 'ECONNREFUSED') return 'connection_refused';
  if (DNS_CODES.has(code)) return 'dns_failure';
  if (isTls(code)) return 'tls_error';
  return 'connection_error';
};
