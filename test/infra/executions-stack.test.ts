import { readFileSync } from 'node:fs';
import { Match } from 'aws-cdk-lib/assertions';
import aslValidator from 'asl-validator';
import { environmentConfig } from '../../lib/config/environments';
import { allowedBedrockModels, bedrockModelArns } from '../../lib/api/bedrock-models';
import { type AslDefinition, synthesizeExecutionFlow } from '../../lib/flows/execution-flow-asl';
import { EXECUTION_TASKS, executionTaskId, FLOW_ENDED_TASK, REAP_RUNS_TASK, SCHEDULE_FIRE_TASK } from '../../lib/flows/execution-tasks';
import { GRADUATION_TASKS } from '../../lib/flows/graduation-tasks';
import { PLACEHOLDER_EXECUTIONS_ARN, synthesizeGraduationFlow } from '../../lib/flows/graduation-flow-asl';
import { definitionFingerprint, GENERATED_DEFINITION, GRADUATION_FLOW } from '../../local/step-functions-definition';
import { lazily, synthPlatform, templateOf } from '../support/infra-platform';

const platform = lazily(() => synthPlatform('prod'));
const template = () => templateOf(platform().executions);

type Resources = Record<string, { Type: string; Properties: Record<string, unknown> }>;

/** The deployed definition of a state machine, its function ARNs (GetAtt tokens) written as the task each names. */
const deployedDefinition = (name = 'agent-platform-prod-executions'): AslDefinition => {
  const resources = template().toJSON().Resources as Resources;
  const [machine] = Object.values(resources).filter(
    (r) => r.Type === 'AWS::StepFunctions::StateMachine' && r.Properties.StateMachineName === name,
  );
  const [, parts] = (machine?.Properties.DefinitionString as { 'Fn::Join': [string, unknown[]] })['Fn::Join'];
  const text = parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const ref = part as { 'Fn::GetAtt'?: [string, string]; Ref?: string };
      if (ref.Ref === 'AWS::Partition') return 'aws';
      const logicalId = ref['Fn::GetAtt']?.[0] ?? ref.Ref ?? '';
      if (ref.Ref === 'AWS::Region' || ref.Ref === 'AWS::AccountId') return ref.Ref;
      if (logicalId.startsWith('FlowStateMachine')) return 'executions-state-machine';
      const task = [...Object.values(EXECUTION_TASKS), ...Object.values(GRADUATION_TASKS)].find((t) =>
        logicalId.includes(executionTaskId(t).replace(/-/g, '')),
      );
      return `task:${task ? executionTaskId(task) : logicalId}`;
    })
    .join('');
  return JSON.parse(text) as AslDefinition;
};

/** The same naming for the locally synthesized definition: placeholder ARNs → the task each names. */
const localDefinition = (): AslDefinition =>
  JSON.parse(JSON.stringify(synthesizeExecutionFlow()).replace(/arn:aws:lambda:[^:]+:\d+:function:([\w-]+)/g, 'task:$1')) as AslDefinition;

describe('the executions stack', () => {
  it('runs one Standard state machine, named, traced and logging every event without execution data', () => {
    template().resourceCountIs('AWS::StepFunctions::StateMachine', 2);
    template().hasResourceProperties('AWS::StepFunctions::StateMachine', {
      StateMachineName: 'agent-platform-prod-executions',
      StateMachineType: 'STANDARD',
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: Match.objectLike({ Level: 'ALL', IncludeExecutionData: false }),
    });
  });

  it('deploys exactly the definition the local runtime runs', () => {
    expect(deployedDefinition()).toEqual(localDefinition());
  });

  it('is what the local runtime keeps in step-functions-definition.json (regenerate: npx tsx local/step-functions-definition.ts)', () => {
    const generated = JSON.parse(readFileSync(GENERATED_DEFINITION, 'utf8')) as { fingerprint: string; definition: AslDefinition };
    expect(generated.fingerprint).toBe(definitionFingerprint());
    expect(generated.definition).toEqual(synthesizeExecutionFlow());
  });

  it('deploys a valid definition whose every task catches into the failure recorder', () => {
    const definition = deployedDefinition();
    expect(aslValidator(definition, { checkArn: false, checkPaths: true }).isValid).toBe(true);
    const tasks = Object.entries(definition.States).filter(
      ([name, s]) => s.Type === 'Task' && name !== 'RecordFailure' && name !== 'ReleaseRun',
    );
    for (const [, state] of tasks)
      expect(state.Catch).toEqual([expect.objectContaining({ ErrorEquals: ['States.ALL'], Next: 'RecordFailure' })]);
    expect(definition.States.RecordFailure?.Catch).toEqual([expect.objectContaining({ ErrorEquals: ['States.ALL'], Next: 'ReleaseRun' })]);
    expect(definition.States.ReleaseRun?.Next).toBe('Failed');
    expect(definition.States.ModelTurn?.Retry).toEqual(
      expect.arrayContaining([expect.objectContaining({ ErrorEquals: ['ProviderThrottled'], BackoffRate: 2 })]),
    );
  });

  it("ends runs whose flow failed, timed out or was stopped: a rule on the state machine's status-change events invokes flow-ended", () => {
    template().hasResourceProperties('AWS::Events::Rule', {
      EventPattern: {
        source: ['aws.states'],
        'detail-type': ['Step Functions Execution Status Change'],
        detail: { status: ['FAILED', 'TIMED_OUT', 'ABORTED'], stateMachineArn: [Match.anyValue()] },
      },
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('flowexecutionsflowended'), 'Arn'] },
          DeadLetterConfig: Match.anyValue(),
        }),
      ],
    });
  });

  it(
    'ends graduations whose run failed, timed out or was stopped: ' +
      "a rule on the graduation machine's status-change events invokes its run-ended",
    () => {
      template().hasResourceProperties('AWS::Events::Rule', {
        EventPattern: {
          source: ['aws.states'],
          'detail-type': ['Step Functions Execution Status Change'],
          detail: {
            status: ['FAILED', 'TIMED_OUT', 'ABORTED'],
            stateMachineArn: [{ Ref: Match.stringLikeRegexp('GraduationsStateMachine') }],
          },
        },
        Targets: [
          Match.objectLike({
            Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('flowgraduationsrunended'), 'Arn'] },
            DeadLetterConfig: Match.anyValue(),
          }),
        ],
      });
    },
  );

  it('reaps runs still active past their timeout every 5 minutes', () => {
    template().hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(5 minutes)',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('flowexecutionsreapruns'), 'Arn'] } })],
    });
  });

  it.each(
    [...Object.values(EXECUTION_TASKS), SCHEDULE_FIRE_TASK, FLOW_ENDED_TASK, REAP_RUNS_TASK].map(
      (t) => [executionTaskId(t), t.timeoutSeconds] as const,
    ),
  )('%s runs with its own timeout of %i s', (id, timeout) => {
    const functions = Object.entries(template().findResources('AWS::Lambda::Function')).filter(([logicalId]) =>
      logicalId.includes(id.replace(/-/g, '')),
    );
    expect(functions.map(([, f]) => ({ Timeout: f.Properties.Timeout, Runtime: f.Properties.Runtime }))).toEqual([
      { Timeout: timeout, Runtime: 'nodejs24.x' },
    ]);
  });

  it('gives model turns Bedrock and the agent credentials, and nothing of the bus', () => {
    const roles = template().findResources('AWS::IAM::Role', {
      Properties: { Policies: [{ PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Sid: 'BedrockModels' })]) } }] },
    });
    const statements = Object.values(roles).flatMap(
      (r) =>
        (r.Properties.Policies as { PolicyDocument: { Statement: { Sid: string; Action: unknown }[] } }[])[0]?.PolicyDocument.Statement ??
        [],
    );
    expect(statements.map((s) => s.Sid)).toEqual(expect.arrayContaining(['BedrockModels', 'CredentialsKey', 'Table']));
    expect(statements.map((s) => s.Sid)).not.toContain('EventBus');
  });

  it('lets model turns invoke exactly the allowed Bedrock models and their inference profiles, never every foundation model', () => {
    const roles = template().findResources('AWS::IAM::Role', {
      Properties: { Policies: [{ PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Sid: 'BedrockModels' })]) } }] },
    });
    const statement = Object.values(roles)
      .flatMap(
        (r) =>
          (r.Properties.Policies as { PolicyDocument: { Statement: { Sid: string; Resource: unknown }[] } }[])[0]?.PolicyDocument
            .Statement ?? [],
      )
      .find((s) => s.Sid === 'BedrockModels');
    const resources = (statement?.Resource as unknown[]).map((r) => JSON.stringify(r));
    expect(resources.some((r) => /foundation-model\/\*|inference-profile\/\*/.test(r))).toBe(false);
    expect(resources.length).toBe(bedrockModelArns(environmentConfig('prod').models).length);
    for (const model of allowedBedrockModels(environmentConfig('prod').models)) {
      expect({ model, profile: resources.some((r) => r.includes(`inference-profile/${model}`)) }).toEqual({ model, profile: true });
      expect({ model, foundation: resources.some((r) => r.includes(`foundation-model/${model.replace(/^eu\./, '')}"`)) }).toEqual({
        model,
        foundation: true,
      });
    }
  });

  const statementsWithSid = (resources: Resources, sid: string) =>
    Object.values(resources)
      .filter((r) => r.Type === 'AWS::IAM::Role')
      .flatMap((r) =>
        ((r.Properties.Policies ?? []) as { PolicyDocument: { Statement: { Sid?: string; Resource: unknown }[] } }[]).flatMap(
          (p) => p.PolicyDocument.Statement,
        ),
      )
      .filter((s) => s.Sid === sid);

  it('lets no function invoke plugin tool functions while the registry is empty', () => {
    expect(statementsWithSid(template().toJSON().Resources as Resources, 'PluginToolFunctions')).toEqual([]);
  });

  it('lets tool calls invoke exactly the registered plugin functions, and tells the flow functions which plugin each belongs to', () => {
    const registry = {
      'invoice-tools': ['arn:aws:lambda:eu-west-1:111122223333:function:invoice-lookup'],
      ledger: ['arn:aws:lambda:eu-west-1:111122223333:function:ledger'],
    };
    const executions = templateOf(synthPlatform({ ...environmentConfig('dev'), pluginToolFunctions: registry }).executions);
    const [statement, ...others] = statementsWithSid(executions.toJSON().Resources as Resources, 'PluginToolFunctions');
    expect(others).toEqual([]);
    expect(statement?.Resource).toEqual([
      'arn:aws:lambda:eu-west-1:111122223333:function:invoice-lookup',
      'arn:aws:lambda:eu-west-1:111122223333:function:ledger',
    ]);
    executions.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ PLUGIN_TOOL_FUNCTIONS: JSON.stringify(registry) }) },
    });
  });

  it('has a schedule group, and a scheduler role that may only invoke the firing function', () => {
    template().hasResourceProperties('AWS::Scheduler::ScheduleGroup', { Name: 'agent-platform-prod' });
    template().hasResourceProperties('AWS::Lambda::Function', { FunctionName: 'agent-platform-prod-schedule-fire' });
    template().hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Principal: { Service: 'scheduler.amazonaws.com' } })] },
      Policies: [
        {
          PolicyName: 'fire',
          PolicyDocument: { Statement: [Match.objectLike({ Action: 'lambda:InvokeFunction', Resource: Match.anyValue() })] },
        },
      ],
    });
  });

  it('stays far below the 450-resource budget', () => {
    expect(Object.keys(template().toJSON().Resources).length).toBeLessThan(100);
  });
});

describe('the graduation flow', () => {
  /** The local synthesis named the same way: placeholder function ARNs → tasks, the execution flow's ARN → its name. */
  const localGraduationFlow = (): AslDefinition =>
    JSON.parse(
      JSON.stringify(synthesizeGraduationFlow())
        .replace(/arn:aws:lambda:[^:]+:\d+:function:([\w-]+)/g, 'task:$1')
        .split(PLACEHOLDER_EXECUTIONS_ARN)
        .join('executions-state-machine'),
    ) as AslDefinition;

  it('runs as its own Standard state machine, named, traced and logging without execution data', () => {
    template().hasResourceProperties('AWS::StepFunctions::StateMachine', {
      StateMachineName: 'agent-platform-prod-graduations',
      StateMachineType: 'STANDARD',
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: Match.objectLike({ Level: 'ALL', IncludeExecutionData: false }),
    });
  });

  it(
    'deploys exactly the definition the local runtime runs, kept in graduation-flow-definition.json ' +
      '(regenerate: npx tsx local/step-functions-definition.ts)',
    () => {
      expect(deployedDefinition('agent-platform-prod-graduations')).toEqual(localGraduationFlow());
      const generated = JSON.parse(readFileSync(GRADUATION_FLOW.file, 'utf8')) as { fingerprint: string; definition: AslDefinition };
      expect(generated.fingerprint).toBe(definitionFingerprint(GRADUATION_FLOW));
      expect(generated.definition).toEqual(synthesizeGraduationFlow());
    },
  );

  it('may start, describe and stop runs of the execution flow, and manage the rule that reports a .sync child run ended', () => {
    const statements = Object.values(template().toJSON().Resources as Resources)
      .filter((r) => r.Type === 'AWS::IAM::Policy')
      .flatMap((r) => (r.Properties.PolicyDocument as { Statement: { Action: string | string[] }[] }).Statement)
      .flatMap((st) => [st.Action].flat());
    expect(statements).toEqual(
      expect.arrayContaining([
        'states:StartExecution',
        'states:DescribeExecution',
        'states:StopExecution',
        'events:PutTargets',
        'events:PutRule',
        'events:DescribeRule',
      ]),
    );
  });
});
