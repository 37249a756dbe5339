import { readFileSync } from 'node:fs';
import { localCredentialsKey } from '../../local/credentials-key';
import { RUNTIME_FILE_ENV, type RuntimeInfo } from './runtime-file';

/**
 * Points test workers at the shared local platform: API tests call `API_URL`; integration tests
 * import the data modules, which read the same environment variables the handlers do.
 */
const info = JSON.parse(readFileSync(process.env[RUNTIME_FILE_ENV] as string, 'utf8')) as RuntimeInfo;

Object.assign(process.env, {
  API_URL: info.url,
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'S3RVER',
  AWS_SECRET_ACCESS_KEY: 'S3RVER',
  AWS_ENDPOINT_URL_DYNAMODB: info.dynamoEndpoint,
  AWS_ENDPOINT_URL_S3: info.s3Endpoint,
  AWS_ENDPOINT_URL_EVENTBRIDGE: `${info.url}/__aws/events`,
  AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
  AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  S3_FORCE_PATH_STYLE: 'true',
  TABLE_NAME: 'agent-platform-local',
  BUCKET_NAME: 'agent-platform-local',
  EVENT_BUS_NAME: 'agent-platform-local',
  POWERTOOLS_LOG_LEVEL: 'ERROR',
  POWERTOOLS_METRICS_DISABLED: 'true',
  // The same `.local/` key the runtime wraps data keys with, so tests can open what it sealed.
  LOCAL_CREDENTIALS_KEY: localCredentialsKey(),
});
