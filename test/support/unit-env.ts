/** Unit tests import modules that read their configuration at load; they never reach these names. */
Object.assign(process.env, {
  AWS_REGION: 'us-east-1',
  TABLE_NAME: 'unit-test-table',
  BUCKET_NAME: 'unit-test-bucket',
  EVENT_BUS_NAME: 'unit-test-bus',
  // A fixed local wrapping key, so modules that open integrations' credentials load; no unit test seals with it.
  LOCAL_CREDENTIALS_KEY: Buffer.alloc(32, 1).toString('base64'),
  POWERTOOLS_LOG_LEVEL: 'SILENT',
  POWERTOOLS_METRICS_DISABLED: 'true',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
});
