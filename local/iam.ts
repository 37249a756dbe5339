import { AsyncLocalStorage } from 'node:async_hooks';
import { type AccessTargets, accessGrants, type Grant } from '../lib/api/access-grants';
import type { EventFunctionAccess } from '../lib/events/event-functions';
import { interceptSdkCalls, type SdkCall } from '../lambdas/shared/sdk-calls';
import {
  bucketArn,
  busArn,
  LOCAL_ACCOUNT,
  LOCAL_CREDENTIALS_KEY_ARN,
  LOCAL_CURSOR_KEY_ARN,
  type Permission,
  queueArn,
  requiredPermissions,
  scheduleArn,
  tableArn,
} from './iam-actions';
import { LOCAL_AGENT_FILES_ROLE_ARN } from './sts-sessions';

/**
 * Each function's IAM role, emulated: every SDK call a handler makes is checked against the grants
 * its declaration gives it deployed (lib/api/access-grants.ts, the function CDK writes the role
 * from) and refused, as IAM refuses it, when it reaches beyond them.
 *
 * Deployed, the identity is the function's role, fixed per process. Here every function runs in one
 * process and shares each module's client, so the client cannot carry it: the runtime runs each
 * invocation inside `runAs`, and AsyncLocalStorage follows that invocation through every await,
 * timer and retry it starts. A call made outside any invocation is the runtime's own housekeeping
 * (creating the table, reconciling runs at start) and is not checked.
 */

export interface LocalFunction {
  /** The deployed function's name: `agents-create`, `events-purge-agent`, `flow-executions-prepare`. */
  name: string;
  /** What it serves, for the refusal: `route POST /api/agents`, `event function purge-agent`. */
  serves: string;
  access: EventFunctionAccess;
}

const invocation = new AsyncLocalStorage<LocalFunction>();

/** The function whose invocation is under way, if any. */
export const currentFunction = (): LocalFunction | undefined => invocation.getStore();

/** `handler`, run as `fn`: its SDK calls are authorized against `fn`'s grants. */
export const runAs =
  <A extends unknown[], R>(fn: LocalFunction, handler: (...args: A) => R): ((...args: A) => R) =>
  (...args) =>
    invocation.run(fn, () => handler(...args));

/** The local counterparts of the resources CDK passes to `accessGrants`. */
export const localTargets = (env: NodeJS.ProcessEnv = process.env): AccessTargets => {
  const stateMachineArn = env.STATE_MACHINE_ARN ?? '';
  const graduationStateMachineArn = env.GRADUATION_STATE_MACHINE_ARN ?? '';
  return {
    tableArn: tableArn(env.TABLE_NAME ?? ''),
    bucketArn: bucketArn(env.BUCKET_NAME ?? ''),
    eventBusArn: busArn(env.EVENT_BUS_NAME ?? ''),
    credentialsKeyArn: LOCAL_CREDENTIALS_KEY_ARN,
    cursorKeyArn: LOCAL_CURSOR_KEY_ARN,
    agentFilesAccessRoleArn: LOCAL_AGENT_FILES_ROLE_ARN,
    stateMachineArn,
    stateMachineExecutionsArn: `${stateMachineArn.replace(':stateMachine:', ':execution:')}:*`,
    graduationStateMachineArn,
    graduationExecutionsArn: `${graduationStateMachineArn.replace(':stateMachine:', ':execution:')}:*`,
    schedulesArn: scheduleArn(env.SCHEDULE_GROUP_NAME ?? '', '*'),
    schedulerRoleArn: env.SCHEDULER_ROLE_ARN ?? '',
    deliveryQueueArn: queueArn((env.WEBHOOK_DELIVERY_QUEUE_URL ?? '').split('/').pop() ?? ''),
  };
};

/** IAM's resource patterns here are exact ARNs or ARNs ending in one `*`. */
const covers = (pattern: string, arn: string): boolean => (pattern.endsWith('*') ? arn.startsWith(pattern.slice(0, -1)) : pattern === arn);

const granted = (grants: readonly Grant[], needed: Permission): boolean =>
  grants.some((g) => g.actions.includes(needed.action) && g.resources.some((r) => covers(r, needed.resource)));

/** Shaped as the SDK raises IAM's refusal: S3's `AccessDenied`, every other service's `AccessDeniedException`. */
export class AccessDenied extends Error {
  readonly $fault = 'client';
  readonly $metadata = { httpStatusCode: 403 };

  constructor(fn: LocalFunction, call: SdkCall, needed: Permission) {
    super(
      `User: arn:aws:sts::${LOCAL_ACCOUNT}:assumed-role/${fn.name}/${fn.name} is not authorized to perform: ` +
        `${needed.action} on resource: ${needed.resource} ` +
        `because no identity-based policy allows the ${needed.action} action ` +
        `(the local runtime's emulation of IAM: ${fn.serves} declares access ` +
        `${JSON.stringify(fn.access)}, which does not grant ${needed.action})`,
    );
    this.name = call.clientName === 'S3Client' ? 'AccessDenied' : 'AccessDeniedException';
  }
}

/** Grants are worked out once per function (and targets), not on every call. */
const cache = new WeakMap<AccessTargets, WeakMap<LocalFunction, Grant[]>>();
const grantsOf = (fn: LocalFunction, targets: AccessTargets): Grant[] => {
  const byFunction = cache.get(targets) ?? new WeakMap<LocalFunction, Grant[]>();
  cache.set(targets, byFunction);
  const grants = byFunction.get(fn) ?? accessGrants(fn.access, targets);
  byFunction.set(fn, grants);
  return grants;
};

/** Throws `AccessDenied` for the first permission `call` needs that `fn`'s declaration does not grant. */
export const authorize = (fn: LocalFunction, call: SdkCall, targets: AccessTargets): void => {
  const grants = grantsOf(fn, targets);
  const missing = requiredPermissions(call, targets.stateMachineArn ?? '').find((needed) => !granted(grants, needed));
  if (missing) throw new AccessDenied(fn, call, missing);
};

/** From now on, every instrumented client's calls made inside `runAs` are authorized. */
export const enforceDeclaredAccess = (log: (line: string) => void, targets: AccessTargets = localTargets()): void => {
  interceptSdkCalls(async (call, send) => {
    const fn = invocation.getStore();
    if (fn) {
      try {
        authorize(fn, call, targets);
      } catch (error) {
        log(`access denied: ${(error as Error).message}`);
        throw error;
      }
    }
    return send(call.input);
  });
};
