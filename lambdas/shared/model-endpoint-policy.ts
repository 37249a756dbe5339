import type { OutboundPolicy } from '../domain/executions/ssrf';
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
