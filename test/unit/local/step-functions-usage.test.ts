import { LocalStepFunctions } from '../../../local/step-functions';

/**
 * What a local run counts for the bench, as Step Functions Standard bills it: a transition per state
 * entered (Map iterations' included) and per retry, a Lambda invocation per Task handler call, and a
 * parent's `.sync` child runs added on request.
 */

const ARN = 'arn:aws:states:us-east-1:000000000000:stateMachine';
const lambda = (name: string) => `arn:aws:lambda:us-east-1:000000000000:function:${name}`;

const childDefinition = {
  StartAt: 'Work',
  States: {
    Work: {
      Type: 'Task',
      Resource: lambda('work'),
      Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 1, MaxAttempts: 2 }],
      Next: 'Done',
    },
    Done: { Type: 'Succeed' },
  },
};

const parentDefinition = {
  StartAt: 'Items',
  States: {
    Items: { Type: 'Pass', Result: [{ n: 1 }, { n: 2 }], ResultPath: '$.items', Next: 'Each' },
    Each: {
      Type: 'Map',
      ItemsPath: '$.items',
      MaxConcurrency: 1,
      ItemProcessor: {
        ProcessorConfig: { Mode: 'INLINE' },
        StartAt: 'Child',
        States: {
          Child: {
            Type: 'Task',
            Resource: 'arn:aws:states:::states:startExecution.sync:2',
            Parameters: { StateMachineArn: `${ARN}:child`, 'Input.$': '$' },
            End: true,
          },
        },
      },
      End: true,
    },
  },
};

describe('counting a local run for the bench', () => {
  it('counts states entered and retries as transitions, handler calls as invocations, and adds child runs on request', async () => {
    let calls = 0;
    const child = new LocalStepFunctions({
      stateMachineArn: `${ARN}:child`,
      definition: childDefinition as never,
      retryIntervalMs: 1,
      // The first call fails once, so one retry is billed.
      handlerFor: () => async (input) => {
        calls += 1;
        if (calls === 1) throw new Error('flaky');
        return input;
      },
    });
    const parent = new LocalStepFunctions({
      stateMachineArn: `${ARN}:parent`,
      definition: parentDefinition as never,
      handlerFor: () => async (input) => input,
      childMachine: child,
    });
    const { executionArn } = parent.startExecution(`${ARN}:parent`, 'run-1', '{}');
    // Items, Each, and Child in each of the two iterations.
    expect(await parent.usage(executionArn)).toEqual({ runs: 1, transitions: 4, lambda_invocations: 0 });
    // Each child: Work and Done entered; the first child's Work retried once and invoked twice.
    expect(await parent.usage(executionArn, true)).toEqual({ runs: 3, transitions: 4 + 3 + 2, lambda_invocations: 3 });
  });
});
