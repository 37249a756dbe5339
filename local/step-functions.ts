import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { ExecutionAbortedError, ExecutionTimeoutError, StateMachine } from 'aws-local-stepfunctions';
import type { AslDefinition } from '../lib/flows/execution-flow-asl';
import type { ExecutionTaskDefinition } from '../lib/flows/execution-tasks';
import { type HeldStep, HeldSteps } from './held-steps';
import { runAs } from './iam';

/**
 * The execution state machine, run in-process: the synthesized definition (the deployed one) on
 * aws-local-stepfunctions, each Task mapped to the handler module its function deploys. What the
 * library leaves to AWS is done here: `.waitForTaskToken` (a task token per held step, answered by
 * SendTaskSuccess/Failure), `startExecution.sync:2` (a child run on another local machine, its output
 * or its failure awaited; stopping the parent stops it), StopExecution, StartExecution's
 * idempotency by execution name, and — with a held-steps file — runs waiting on a token outliving a
 * restart: resumed in their waiting state with their token, as a run deployed outlives a deploy.
 */

// aws-local-stepfunctions calls Promise.withResolvers (Node ≥ 22); the local runtime also runs on Node 20.
const withResolvers = <T>() => {
  let resolveFn!: (value: T | PromiseLike<T>) => void;
  let rejectFn!: (reason?: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolveFn = res;
    rejectFn = rej;
  });
  return { promise, resolve: resolveFn, reject: rejectFn };
};
(Promise as unknown as { withResolvers?: unknown }).withResolvers ??= withResolvers;

type RunOverrides = NonNullable<NonNullable<Parameters<StateMachine['run']>[1]>['overrides']>;
/** The library types task results as JSON values; ours are, having passed through JSON. */
type LocalHandlers = NonNullable<RunOverrides['taskResourceLocalHandlers']>;

export type TaskHandler = (event: unknown) => Promise<unknown>;
export type RunStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

interface Run {
  arn: string;
  input: string;
  status: RunStatus;
  startDate: Date;
  abort: () => void;
  done: Promise<void>;
  /** What StopExecution said, reported as the run's error and cause. */
  stopped?: { error: string | null; cause: string | null };
  output?: unknown;
  failure?: { error: string | null; cause: string | null };
  /** Child runs its `.sync` states started, stopped with it. */
  children: string[];
  tally: Tally;
  /** Resolves once its event log has been read to the end. */
  counted: Promise<void>;
}

/**
 * Billed as Standard: every state entered (Map iterations' included) and every retry;
 * and its Task states' Lambda invocations (child runs' not included).
 */
interface Tally {
  transitions: number;
  invocations: number;
}

/** What a run (and the child runs it started, with `withChildren`) was billed for, once it has ended. */
export interface RunUsage {
  runs: number;
  transitions: number;
  lambda_invocations: number;
}

/** How a run ended, as DescribeExecution reports it. */
export interface RunOutcome {
  status: RunStatus;
  output: unknown;
  error: string | null;
  cause: string | null;
}

export class StepFunctionsError extends Error {
  constructor(
    readonly type: 'ExecutionAlreadyExists' | 'ExecutionDoesNotExist' | 'TaskDoesNotExist' | 'StateMachineDoesNotExist',
    message: string,
  ) {
    super(message);
  }
}

export interface LocalStepFunctionsOptions {
  stateMachineArn: string;
  definition: AslDefinition;
  /** The handler a function ARN deploys, by its name (`flow-executions-prepare`). */
  handlerFor: (functionName: string) => TaskHandler;
  /** Milliseconds instead of each state's Retry intervals (tests); real intervals otherwise. */
  retryIntervalMs?: number;
  /** Told of every run that ends FAILED, TIMED_OUT or ABORTED, as Step Functions tells EventBridge. */
  onRunEnded?: (change: RunEnded) => void;
  /** The machine `startExecution.sync:2` states start their child runs on. */
  childMachine?: LocalStepFunctions;
  /** Runs each task handler invocation under its run's ARN, so a call counter can attribute its AWS calls to the run. */
  countCallsAs?: <T>(executionArn: string, work: () => Promise<T>) => Promise<T>;
  /** Where steps held on a task token are kept across restarts (`--data`); kept in memory only otherwise. */
  heldStepsFile?: string;
}

/** The detail of Step Functions' "Execution Status Change" event, for a run that did not succeed. */
export interface RunEnded {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  status: Exclude<RunStatus, 'RUNNING' | 'SUCCEEDED'>;
  input: string;
  error: string | null;
  cause: string | null;
}

const WAIT_FOR_TOKEN = /:states:::lambda:invoke\.waitForTaskToken$/;
const START_SYNC = /:states:::states:startExecution\.sync(:2)?$/;
/** Longer than any run; within setTimeout's 32-bit milliseconds (a larger value fires at once). */
const NO_TIMEOUT_SECONDS = 2_000_000;

/**
 * Step Functions resolves `TimeoutSecondsPath` against the state's input; aws-local-stepfunctions
 * against the input after `Parameters`. Where the two differ (a task-token state, whose
 * `Parameters` carry the state as `Payload.state`), the library is given no path and the runner
 * enforces the timeout itself from the state.
 */
const forLibrary = (definition: AslDefinition): AslDefinition => ({
  ...definition,
  States: Object.fromEntries(
    Object.entries(definition.States).map(([name, state]) => {
      if (state.Type !== 'Task' || !state.Parameters || !state.TimeoutSecondsPath) return [name, state];
      const { TimeoutSecondsPath: _ownPath, ...rest } = state;
      return [name, { ...rest, TimeoutSeconds: NO_TIMEOUT_SECONDS }];
    }),
  ),
});

/** `$.a.b` in `value`: the reference paths this definition uses are plain member chains. */
const atPath = (value: unknown, path: string): unknown =>
  path
    .replace(/^\$\.?/, '')
    .split('.')
    .filter(Boolean)
    .reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value);

const timedOut = () => Object.assign(new Error('the task outlived its TimeoutSecondsPath'), { name: 'States.Timeout' });
const functionName = (arn: string) => arn.slice(arn.lastIndexOf(':') + 1);
/** Lambda hands JSON in and out: no object identity, no undefined. */
const viaJson = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

export class LocalStepFunctions {
  private readonly machine: StateMachine;
  private readonly heldSteps: HeldSteps;
  private readonly runs = new Map<string, Run>();
  private readonly tokens = new Map<string, { resolve: (output: unknown) => void; reject: (error: Error) => void }>();
  private readonly deadlines = new Set<NodeJS.Timeout>();
  /** Task handlers still running, including those of runs already stopped (as a Lambda invocation outlives its run). */
  private readonly tasksInFlight = new Set<Promise<unknown>>();
  private stopping = false;

  constructor(private readonly options: LocalStepFunctionsOptions) {
    this.machine = this.machineFrom(options.definition.StartAt);
    this.heldSteps = new HeldSteps(options.heldStepsFile);
  }

  /**
   * The definition, started elsewhere for a resumed run: validated once in full, as the
   * validator refuses states a later start leaves unreachable.
   */
  private machineFrom(startAt: string): StateMachine {
    const resumed = startAt !== this.options.definition.StartAt;
    return new StateMachine(forLibrary({ ...this.options.definition, StartAt: startAt }) as never, {
      validationOptions: resumed ? { noValidate: true } : { checkArn: true, checkPaths: true },
    });
  }

  get stateMachineArn(): string {
    return this.options.stateMachineArn;
  }

  ownsExecution(executionArn: string): boolean {
    return executionArn.startsWith(this.executionArn(''));
  }

  executionArn(name: string): string {
    return `${this.options.stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
  }

  /** As deployed: a second start with the same name and input answers the first run; another input is refused. */
  startExecution(stateMachineArn: string, name: string | undefined, input: string): { executionArn: string; startDate: Date } {
    if (stateMachineArn !== this.options.stateMachineArn)
      throw new StepFunctionsError('StateMachineDoesNotExist', `no state machine ${stateMachineArn}`);
    const arn = this.executionArn(name ?? randomUUID());
    const existing = this.runs.get(arn);
    if (existing) {
      if (existing.input !== input)
        throw new StepFunctionsError('ExecutionAlreadyExists', `execution ${arn} already exists with another input`);
      return { executionArn: arn, startDate: existing.startDate };
    }
    return this.launch(arn, input, new Date(), this.machine, JSON.parse(input));
  }

  /** Steps the last life of the runtime held that this machine can resume: waits in its top-level states. */
  heldInLastLife(): HeldStep[] {
    return this.heldSteps.fromLastLife().filter((step) => {
      const state = this.options.definition.States[step.state];
      return state?.Type === 'Task' && WAIT_FOR_TOKEN.test(String(state.Resource)) && this.ownsExecution(step.executionArn);
    });
  }

  /**
   * Runs each step's run again from its waiting state, with the state's input and the same token:
   * answering the token continues the run, its deadline still holds. Steps not given are forgotten.
   */
  resume(steps: readonly HeldStep[]): void {
    for (const step of steps) {
      this.launch(step.executionArn, step.input, new Date(step.startDate), this.machineFrom(step.state), step.stateInput, step);
    }
    this.heldSteps.restart(steps);
  }

  private launch(
    arn: string,
    input: string,
    startDate: Date,
    machine: StateMachine,
    stateInput: unknown,
    resumed?: HeldStep,
  ): { executionArn: string; startDate: Date } {
    const context = { Task: { Token: resumed?.token ?? randomUUID() } };
    // Counted from the first task on, which the library may invoke before run() returns.
    const tally: Tally = { transitions: 0, invocations: 0 };
    const execution = machine.run(stateInput as never, {
      context,
      overrides: {
        taskResourceLocalHandlers: this.taskHandlers(context, { arn, input, startDate }, tally, resumed) as unknown as LocalHandlers,
        ...(this.options.retryIntervalMs !== undefined
          ? { retryIntervalOverrides: this.retryOverrides(this.options.retryIntervalMs) }
          : {}),
      },
    });
    const run: Run = {
      arn,
      input,
      status: 'RUNNING',
      startDate,
      abort: execution.abort,
      done: Promise.resolve(),
      children: [],
      tally,
      counted: Promise.resolve(),
    };
    run.counted = (async () => {
      for await (const event of execution.eventLogs)
        if (event.type === 'StateEntered' || event.type === 'StateRetried') tally.transitions += 1;
    })();
    // A run the runtime stops with itself keeps its held step for the next life; any other end releases it.
    const release = () => {
      if (!this.stopping) this.heldSteps.release(arn);
    };
    run.done = execution.result.then(
      (output: unknown) => {
        release();
        run.output = output;
        run.status = 'SUCCEEDED';
      },
      (error: unknown) => {
        release();
        // A flow that recorded its failure ends in its Fail state: that, too, is an expected end.
        run.status = error instanceof ExecutionAbortedError ? 'ABORTED' : error instanceof ExecutionTimeoutError ? 'TIMED_OUT' : 'FAILED';
        const { name: failedName, cause: failedCause } = error as { name?: string; cause?: unknown };
        run.failure = run.stopped ?? {
          error: failedName ?? null,
          cause: typeof failedCause === 'string' ? failedCause : ((error as Error).message ?? null),
        };
        // Runs the runtime stops with itself are reconciled when it starts again, not reported now.
        if (this.stopping) return;
        const { name: errorName, cause } = error as { name?: string; cause?: unknown };
        this.options.onRunEnded?.({
          executionArn: arn,
          stateMachineArn: this.options.stateMachineArn,
          name: arn.slice(arn.lastIndexOf(':') + 1),
          status: run.status,
          input,
          error: run.stopped ? run.stopped.error : (errorName ?? null),
          cause: run.stopped ? run.stopped.cause : typeof cause === 'string' ? cause : ((error as Error).message ?? null),
        });
      },
    );
    this.runs.set(arn, run);
    return { executionArn: arn, startDate };
  }

  stopExecution(executionArn: string, error?: string, cause?: string): Date {
    const run = this.runs.get(executionArn);
    if (!run) throw new StepFunctionsError('ExecutionDoesNotExist', `no execution ${executionArn}`);
    if (run.status === 'RUNNING') {
      run.stopped = { error: error ?? null, cause: cause ?? null };
      run.status = 'ABORTED';
      run.abort();
      // As deployed: stopping a parent stops the child runs its `.sync` states wait on.
      for (const child of run.children)
        if (this.options.childMachine?.status(child) === 'RUNNING') this.options.childMachine.stopExecution(child, error, cause);
    }
    return new Date();
  }

  sendTaskSuccess(token: string, output: string): void {
    this.takeToken(token).resolve(JSON.parse(output));
  }

  sendTaskFailure(token: string, error: string | undefined, cause: string | undefined): void {
    this.takeToken(token).reject(Object.assign(new Error(cause ?? ''), { name: error ?? 'States.TaskFailed' }));
  }

  status(executionArn: string): RunStatus | undefined {
    return this.runs.get(executionArn)?.status;
  }

  /** Resolves once the run has ended, whichever way. */
  async settled(executionArn: string): Promise<RunStatus | undefined> {
    await this.runs.get(executionArn)?.done;
    return this.status(executionArn);
  }

  /** How the run ended, once it has. */
  async outcome(executionArn: string): Promise<RunOutcome | undefined> {
    const run = this.runs.get(executionArn);
    if (!run) return undefined;
    await run.done;
    return { status: run.status, output: run.output ?? null, error: run.failure?.error ?? null, cause: run.failure?.cause ?? null };
  }

  /** The run's state transitions and Lambda invocations once it has ended, with its child runs' when asked. */
  async usage(executionArn: string, withChildren = false): Promise<RunUsage | undefined> {
    const run = this.runs.get(executionArn);
    if (!run) return undefined;
    await run.done;
    await run.counted;
    const own = { runs: 1, transitions: run.tally.transitions, lambda_invocations: run.tally.invocations };
    if (!withChildren || !this.options.childMachine) return own;
    const children = await Promise.all(run.children.map((child) => this.options.childMachine?.usage(child)));
    return children.reduce<RunUsage>(
      (sum, child) => ({
        runs: sum.runs + (child?.runs ?? 0),
        transitions: sum.transitions + (child?.transitions ?? 0),
        lambda_invocations: sum.lambda_invocations + (child?.lambda_invocations ?? 0),
      }),
      own,
    );
  }

  /** Ends every run (the runtime is stopping). */
  stopAll(): void {
    this.stopping = true;
    for (const run of this.runs.values()) if (run.status === 'RUNNING') this.stopExecution(run.arn);
    for (const timer of this.deadlines) clearTimeout(timer);
    this.deadlines.clear();
  }

  /** Resolves once no task handler is running: what a stopped run's last invocation wrote is then in the table. */
  async idle(): Promise<void> {
    while (this.tasksInFlight.size > 0) await Promise.allSettled([...this.tasksInFlight]);
  }

  private tracked<T>(call: Promise<T>): Promise<T> {
    this.tasksInFlight.add(call);
    const untrack = () => void this.tasksInFlight.delete(call);
    call.then(untrack, untrack);
    return call;
  }

  /** Held steps still waiting for their token or their deadline. */
  openWaits(): number {
    return this.tokens.size + this.deadlines.size;
  }

  /** The held step's answer, or `States.Timeout` once its deadline passes; the timer goes with the wait. */
  private async answeredBefore(answered: Promise<unknown>, token: string, deadline: number): Promise<unknown> {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => {
          this.tokens.delete(token);
          reject(timedOut());
        },
        Math.max(0, deadline - Date.now()),
      );
      // A held step of a stopped run must not keep the process alive.
      timer.unref();
      this.deadlines.add(timer);
    });
    try {
      return await Promise.race([answered, expired]);
    } finally {
      clearTimeout(timer);
      if (timer) this.deadlines.delete(timer);
    }
  }

  private takeToken(token: string) {
    const waiter = this.tokens.get(token);
    if (!waiter) throw new StepFunctionsError('TaskDoesNotExist', 'the task token is not valid, or its task has ended');
    this.tokens.delete(token);
    return waiter;
  }

  /** Every Task state, those of Map and Parallel branches included (the library looks handlers up by state name). */
  private taskStates(): [string, Record<string, unknown>][] {
    const within = (states: Record<string, Record<string, unknown>>): [string, Record<string, unknown>][] =>
      Object.entries(states).flatMap(([name, state]) => {
        const nested = [state.ItemProcessor, state.Iterator, ...((state.Branches as unknown[] | undefined) ?? [])] as (
          | { States?: Record<string, Record<string, unknown>> }
          | undefined
        )[];
        return [
          ...(state.Type === 'Task' ? [[name, state] as [string, Record<string, unknown>]] : []),
          ...nested.flatMap((graph) => (graph?.States ? within(graph.States) : [])),
        ];
      });
    return within(this.options.definition.States);
  }

  private retryOverrides(ms: number): Record<string, number> {
    return Object.fromEntries(this.taskStates().map(([name]) => [name, ms]));
  }

  /** `startExecution.sync:2`: a child run on the child machine, answered with its output or failed with its error. */
  private async runChild(parentArn: string, input: { StateMachineArn?: string; Name?: string; Input?: unknown }): Promise<unknown> {
    const child = this.options.childMachine;
    if (!child) throw new StepFunctionsError('StateMachineDoesNotExist', 'no state machine is known for startExecution.sync');
    const text = typeof input.Input === 'string' ? input.Input : JSON.stringify(input.Input ?? {});
    const { executionArn } = child.startExecution(String(input.StateMachineArn), input.Name, text);
    this.runs.get(parentArn)?.children.push(executionArn);
    const ended = await child.outcome(executionArn);
    if (ended?.status === 'SUCCEEDED') return { ExecutionArn: executionArn, Status: 'SUCCEEDED', Output: ended.output };
    const described = { ExecutionArn: executionArn, Status: ended?.status, Error: ended?.error, Cause: ended?.cause };
    throw Object.assign(new Error(JSON.stringify(described)), { name: 'States.TaskFailed' });
  }

  /** One Lambda invocation of the run's: counted, and its AWS calls attributed to the run when a counter asks. */
  private invoke(arn: string, tally: Tally, handler: TaskHandler, event: unknown): Promise<unknown> {
    tally.invocations += 1;
    const count = this.options.countCallsAs;
    return count ? count(arn, () => handler(event)) : handler(event);
  }

  /** Each Task state runs the handler its Resource (or, for an integration, its FunctionName) deploys. */
  private taskHandlers(
    context: { Task: { Token: string } },
    run: { arn: string; input: string; startDate: Date },
    tally: Tally,
    resumed: HeldStep | undefined,
  ): Record<string, (input: unknown) => Promise<unknown>> {
    const { arn } = run;
    // A resumed run starts in its waiting state: that first wait already held (its handler ran in the last life).
    let resuming = resumed;
    return Object.fromEntries(
      this.taskStates().map(([name, state]) => {
        const resource = String(state.Resource);
        if (START_SYNC.test(resource))
          return [name, async (input: unknown) => viaJson(await this.tracked(this.runChild(arn, input as { StateMachineArn?: string })))];
        if (!WAIT_FOR_TOKEN.test(resource)) {
          const handler = this.options.handlerFor(functionName(resource));
          return [name, async (input: unknown) => viaJson(await this.tracked(this.invoke(arn, tally, handler, viaJson(input))))];
        }
        const handler = this.options.handlerFor(functionName(String((state.Parameters as Record<string, unknown>).FunctionName)));
        return [
          name,
          async (input: unknown) => {
            const token = context.Task.Token;
            // The next held step of this run gets a token of its own.
            context.Task.Token = randomUUID();
            // The state's input: the definition's task-token states pass it whole as `Payload.state`.
            const stateInput = (input as { Payload?: { state?: unknown } }).Payload?.state;
            const seconds = Number(atPath(stateInput, String(state.TimeoutSecondsPath ?? '')));
            const deadline = resuming ? resuming.deadline : seconds > 0 ? Date.now() + seconds * 1000 : null;
            const answered = new Promise<unknown>((resolveToken, rejectToken) =>
              this.tokens.set(token, { resolve: resolveToken, reject: rejectToken }),
            );
            if (resuming) resuming = undefined;
            else {
              try {
                await this.invoke(arn, tally, handler, viaJson((input as { Payload: unknown }).Payload));
              } catch (error) {
                // Nothing waits on a step that never held: no token, no timer (whose rejection nobody would handle).
                this.tokens.delete(token);
                throw error;
              }
              this.heldSteps.hold({
                executionArn: arn,
                input: run.input,
                startDate: run.startDate.toISOString(),
                state: name,
                stateInput,
                token,
                deadline,
              });
            }
            try {
              return await (deadline !== null ? this.answeredBefore(answered, token, deadline) : answered);
            } finally {
              // Answered or timed out: the run moves on, and a restart from here on would find it mid-task.
              if (!this.stopping) this.heldSteps.release(arn);
            }
          },
        ];
      }),
    );
  }
}

/** Task handler modules by function name, loaded once: `flow-executions-model-turn` → lambdas/flows/execution/model-turn.ts. */
export const executionTaskHandlers = async (): Promise<(functionName: string) => TaskHandler> => {
  const { EXECUTION_TASKS } = await import('../lib/flows/execution-tasks');
  return flowTaskHandlers(Object.values(EXECUTION_TASKS));
};

/** The same for the graduation flow: `flow-graduations-grade` → lambdas/flows/graduation/grade.ts. */
export const graduationTaskHandlers = async (): Promise<(functionName: string) => TaskHandler> => {
  const { GRADUATION_TASKS } = await import('../lib/flows/graduation-tasks');
  return flowTaskHandlers(Object.values(GRADUATION_TASKS));
};

const flowTaskHandlers = async (tasks: readonly ExecutionTaskDefinition[]): Promise<(functionName: string) => TaskHandler> => {
  const { executionTaskId, executionTaskSource } = await import('../lib/flows/execution-tasks');
  const root = resolve(__dirname, '..');
  const handlers = new Map<string, TaskHandler>();
  for (const task of tasks) {
    const module = (await import(join(root, executionTaskSource(task)))) as { handler: TaskHandler };
    handlers.set(
      executionTaskId(task),
      runAs({ name: executionTaskId(task), serves: `flow task ${task.handler}`, access: task.access }, module.handler),
    );
  }
  return (name) => {
    const handler = handlers.get(name);
    if (!handler) throw new Error(`no flow task function named ${name}`);
    return handler;
  };
};
