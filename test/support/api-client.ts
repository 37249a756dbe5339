import { request as httpRequest } from 'node:http';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * The API tests' HTTP client. Every response it sees is checked against the OpenAPI document the
 * runtime serves — the status must be documented for the operation and the body must match its
 * schema — and must carry `X-Request-Id` equal to the envelope's `meta.request_id`.
 */

// Tests read arbitrary JSON out of responses; `any` keeps their assertions terse, and the contract check above types what matters.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface ApiResponse<T = any> {
  status: number;
  headers: { get: (name: string) => string | null };
  /** Parsed JSON (or the text, for non-JSON answers). */
  body: T;
}

export interface RequestOptions {
  token?: string;
  apiKey?: string;
  headers?: Record<string, string>;
  /** Sent as-is (for malformed bodies); otherwise `json` is serialised. */
  rawBody?: string | Buffer;
  json?: unknown;
}

type OpenApiResponse = { content?: Record<string, { schema?: unknown }> };
type OpenApiDocument = { paths: Record<string, Record<string, { responses: Record<string, OpenApiResponse> }>> };

const baseUrl = () => {
  const url = process.env.API_URL;
  if (!url) throw new Error('API_URL is not set: API tests run in the live jest project');
  return url;
};

let contract: Promise<{ document: OpenApiDocument; ajv: Ajv2020 }> | undefined;

const loadContract = () =>
  (contract ??= fetch(`${baseUrl()}/openapi.json`)
    .then((r) => r.json() as Promise<OpenApiDocument>)
    .then((document) => {
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      addFormats(ajv);
      ajv.addSchema(document, 'openapi');
      return { document, ajv };
    }));

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

const templateFor = (document: OpenApiDocument, path: string): string | undefined => {
  const actual = path.split('/').filter(Boolean);
  const matches = Object.keys(document.paths).filter((template) => {
    const parts = template.split('/').filter(Boolean);
    return parts.length === actual.length && parts.every((p, i) => p.startsWith('{') || p === actual[i]);
  });
  // A literal segment wins over a parameter, as in the gateway.
  return matches.sort((a, b) => b.split('{').length - a.split('{').length).pop();
};

const validators = new Map<string, ValidateFunction>();

const checkAgainstContract = async (method: string, path: string, response: ApiResponse): Promise<void> => {
  const { document, ajv } = await loadContract();
  const template = templateFor(document, path);
  const operation = template ? document.paths[template]?.[method.toLowerCase()] : undefined;
  if (!template || !operation) {
    // Gateway answers for paths or methods the API does not have are documented as shared error responses.
    if (![404, 405].includes(response.status)) throw new Error(`${method} ${path} is not in the OpenAPI document`);
    return assertEnvelope(ajv, response, `${method} ${path}`);
  }
  const documented = operation.responses[String(response.status)];
  if (!documented) {
    throw new Error(
      `${method} ${template} answered ${response.status}, which the OpenAPI document does not list: ${JSON.stringify(response.body)}`,
    );
  }
  if (!(response.headers.get('content-type') ?? '').includes('application/json')) return;
  // Raw routes (the OpenAPI document itself) declare a media type but no envelope schema.
  if (response.status < 400 && !documented.content?.['application/json']?.schema) return;
  const schemaRef =
    response.status >= 400
      ? 'openapi#/components/schemas/ErrorEnvelope'
      : 'openapi#/' +
        pointer('paths', template, method.toLowerCase(), 'responses', String(response.status), 'content', 'application/json', 'schema');
  let validate = validators.get(schemaRef);
  if (!validate) {
    validate = ajv.compile({ $ref: schemaRef });
    validators.set(schemaRef, validate);
  }
  if (!validate(response.body)) {
    throw new Error(
      `${method} ${template} ${response.status} does not match the OpenAPI document: ` +
        `${ajv.errorsText(validate.errors)}\n${JSON.stringify(response.body)}`,
    );
  }
  // A replayed answer is the first one byte for byte, its meta.request_id included, under this request's id.
  const replayed = response.headers.get('idempotent-replayed') === 'true';
  if (!replayed && (response.body as { meta?: { request_id?: string } }).meta?.request_id !== response.headers.get('x-request-id')) {
    throw new Error(`${method} ${path}: X-Request-Id does not equal meta.request_id`);
  }
};

const assertEnvelope = (ajv: Ajv2020, response: ApiResponse, label: string) => {
  const validate =
    ajv.getSchema('openapi#/components/schemas/ErrorEnvelope') ?? ajv.compile({ $ref: 'openapi#/components/schemas/ErrorEnvelope' });
  if (!validate(response.body)) throw new Error(`${label} answered outside the error envelope: ${JSON.stringify(response.body)}`);
};

export const request = async <T = any>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> => {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.apiKey) headers['X-API-Key'] = options.apiKey;
  let body: string | Buffer | undefined = options.rawBody;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['Content-Type'] ??= 'application/json';
  }
  const res = await send(method, `${baseUrl()}${path}`, headers, body);
  const isJson = (res.headers.get('content-type') ?? '').includes('json');
  const response: ApiResponse<T> = {
    status: res.status,
    headers: res.headers,
    body: (isJson && res.text ? JSON.parse(res.text) : res.text) as T,
  };
  if (!res.headers.get('x-request-id')) throw new Error(`${method} ${path} answered without X-Request-Id`);
  await checkAgainstContract(method, path.split('?')[0] as string, response);
  return response;
};

/** node:http rather than fetch: fetch refuses a body on GET, which the size-limit tests send on purpose. */
const send = (method: string, url: string, headers: Record<string, string>, body?: string | Buffer) =>
  new Promise<{ status: number; headers: ApiResponse['headers']; text: string }>((resolve, reject) => {
    const req = httpRequest(
      url,
      { method, headers: body ? { ...headers, 'Content-Length': String(Buffer.byteLength(body)) } : headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: {
              get: (name) => {
                const v = res.headers[name.toLowerCase()];
                return v === undefined ? null : String(v);
              },
            },
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });

export const api = {
  get: <T = any>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T = any>(path: string, json?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, json }),
  put: <T = any>(path: string, json?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, json }),
  patch: <T = any>(path: string, json?: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, json }),
  delete: <T = any>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
