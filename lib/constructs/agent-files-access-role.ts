import { Aws, Duration } from 'aws-cdk-lib';
import { type IRole, PolicyDocument, PolicyStatement, Role } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import {
  AGENT_FILE_LIST_ACTION,
  AGENT_FILE_READ_ACTIONS,
  AGENT_FILE_WRITE_ACTIONS,
  ALL_AGENT_FILES,
} from '../../lambdas/domain/files/session-policy';
import { acknowledgeAgentFilesPrefixWildcard } from '../compliance/acknowledgements';
import type { EnvironmentName } from '../config/environment-config';

/**
 * The role behind direct access to agents' files (`POST /api/agents/{agent}/access`). Only the
 * function that grants access may assume it; the role itself reaches every agent's `files/`
 * prefix and nothing else of the bucket, and each session narrows that to one agent's prefix
 * with its session policy (lambdas/domain/files/session-policy.ts).
 *
 * Named, not generated: the granting function's policy must name this role while this role's
 * trust names that function's role, and two references would be a cycle. IAM names are global
 * per account, hence the region in it.
 */
export const agentFilesAccessRoleName = (env: EnvironmentName): string => `agent-platform-${env}-agent-files-${Aws.REGION}`;
export const agentFilesAccessRoleArn = (env: EnvironmentName): string =>
  `arn:${Aws.PARTITION}:iam::${Aws.ACCOUNT_ID}:role/${agentFilesAccessRoleName(env)}`;

/** What the role allows before any session policy: list, read and write under agents' `files/` prefixes. */
export const agentFilesRoleStatements = (bucketArn: string): PolicyStatement[] => [
  new PolicyStatement({
    sid: 'ListAgentFiles',
    actions: [AGENT_FILE_LIST_ACTION],
    resources: [bucketArn],
    conditions: { StringLike: { 's3:prefix': [ALL_AGENT_FILES] } },
  }),
  new PolicyStatement({
    sid: 'AgentFiles',
    actions: [...AGENT_FILE_READ_ACTIONS, ...AGENT_FILE_WRITE_ACTIONS],
    resources: [`${bucketArn}/${ALL_AGENT_FILES}`],
  }),
];

export interface AgentFilesAccessRoleProps {
  env: EnvironmentName;
  /** The granting function's role: the only principal the trust policy names. */
  trustedRole: IRole;
  bucketArn: string;
}

export class AgentFilesAccessRole extends Construct {
  readonly role: Role;

  constructor(scope: Construct, id: string, props: AgentFilesAccessRoleProps) {
    super(scope, id);
    this.role = new Role(this, 'Role', {
      roleName: agentFilesAccessRoleName(props.env),
      description: "Direct access to one agent's files, narrowed per session by a session policy",
      assumedBy: props.trustedRole,
      // Assumed from a Lambda role session: role chaining caps sessions at one hour anyway.
      maxSessionDuration: Duration.hours(1),
      inlinePolicies: { agentFiles: new PolicyDocument({ statements: agentFilesRoleStatements(props.bucketArn) }) },
    });
    acknowledgeAgentFilesPrefixWildcard(this.role, `${props.bucketArn}/${ALL_AGENT_FILES}`);
  }
}
