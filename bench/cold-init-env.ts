import { FUNCTION_NODE_OPTIONS } from '../lib/build/function-bundles';

const ARN = 'arn:aws:states:us-east-1:000000000000:stateMachine';

/**
 * What every function finds in its environment deployed, with stand-in values: a function that reads a
 * variable at load fails fast without it, and would then be reported as failing to load.
 */
export const coldInitEnv = (base: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  ...base,
  TABLE_NAME: 'bench',
  BUCKET_NAME: 'bench',
  EVENT_BUS_NAME: 'bench',
  AWS_REGION: 'us-east-1',
  JWT_ISSUER: 'https://issuer.example.com',
  JWT_AUDIENCE: 'bench',
  SWAGGER_UI_DIR: '/tmp',
  POWERTOOLS_LOG_LEVEL: 'SILENT',
  USAGE_PLAN_IDS: JSON.stringify({ free: 'p1', solo: 'p2', team: 'p3', enterprise: 'p4' }),
  CREDENTIALS_KEY_ID: 'bench',
  STATE_MACHINE_ARN: `${ARN}:bench`,
  GRADUATION_STATE_MACHINE_ARN: `${ARN}:bench-graduation`,
  WEBHOOK_DELIVERY_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/000000000000/bench',
  AGENT_FILES_ACCESS_ROLE_ARN: 'arn:aws:iam::000000000000:role/bench-files',
  SCHEDULE_GROUP_NAME: 'bench',
  SCHEDULE_TARGET_ARN: `${ARN}:bench`,
  SCHEDULER_ROLE_ARN: 'arn:aws:iam::000000000000:role/bench-scheduler',
  // As deployed: with the source maps read at load.
  NODE_OPTIONS: FUNCTION_NODE_OPTIONS,
});
