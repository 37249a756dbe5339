import { failureClass } from '../../../../lambdas/domain/webhooks/failure';

/** What a tenant reads when an attempt got no answer: a class, whatever the library said. */

describe('the class of an attempt without an answer', () => {
  it.each([
    [{ code: 'ECONNREFUSED' }, 'connection_refused'],
    [{ name: 'TimeoutError' }, 'timeout'],
    [{ name: 'AbortError' }, 'timeout'],
    [{ code: 'ETIMEDOUT' }, 'timeout'],
    [{ code: 'ENOTFOUND' }, 'dns_failure'],
    [{ code: 'EAI_AGAIN' }, 'dns_failure'],
    [{ code: 'CERT_HAS_EXPIRED' }, 'tls_error'],
    [{ code: 'ERR_TLS_CERT_ALTNAME_INVALID' }, 'tls_error'],
    [{ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }, 'tls_error'],
    [{ code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }, 'tls_error'],
    [{ code: 'ERR_SSL_WRONG_VERSION_NUMBER' }, 'tls_error'],
    [{ code: 'EPROTO' }, 'tls_error'],
    [{ code: 'ECONNRESET' }, 'connection_error'],
    [{}, 'connection_error'],
  ])('tells %j as %s', (error, expected) => {
    expect(failureClass(error, false)).toBe(expected);
  });

  it('tells a target the platform refused as refused_target, whatever the error says', () => {
    expect(failureClass({ code: 'ENOTFOUND' }, true)).toBe('refused_target');
  });
});
