import { checkOutboundUrl, type OutboundPolicy } from '../domain/executions/ssrf';
import { platformInfo } from './platform';

/**
 * What a model endpoint an agent or workspace names (`OPENAI_BASE_URL`, an integration's `config.base_url`) may
 * be: deployed, public HTTPS only, as for `http.get`; locally also plain HTTP and loopback, for a model server on
 * this machine (Ollama, vLLM). Decided by the environment the function runs in, never by the request.
 */
export const modelEndpointPolicy = (): OutboundPolicy => {
  const local = platformInfo.environment === 'local';
  return { allowPlainHttp: local, allowLoopback: local };
};

/** Why a model endpoint is refused here, or null when it may be called: checked where it is stored, and again before each call. */
export const modelEndpointRefusal = (url: unknown): string | null => {
  if (typeof url !== 'string') return 'must be a string';
  const verdict = checkOutboundUrl(url, modelEndpointPolicy());
  return verdict.ok ? null : verdict.reason;
};
