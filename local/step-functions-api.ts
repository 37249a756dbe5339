import type { APIGatewayProxyResult } from 'aws-lambda';
import type { IncomingRequest } from './gateway-event';
import { type LocalStepFunctions, StepFunctionsError } from './step-functions';

/**
 * The Step Functions API (AWS JSON 1.0) as the handlers' SDK calls it, for the in-process state
 * machine: `AWS_ENDPOINT_URL_SFN` points at `/__aws/states` on the local server.
 */

export const STEP_FUNCTIONS_PATH = '/__aws/states';

const answer = (statusCode: number, body: unknown): APIGatewayProxyResult => ({
  statusCode,
  headers: { 'Content-Type': 'application/x-amz-json-1.0' },
  body: JSON.stringify(body),
});

const epochSeconds = (date: Date) => date.getTime() / 1000;

type Body = Record<string, string | undefined>;

/** The first machine serves what names no machine (task tokens): the execution flow, the only one holding steps. */
const byMachine = (machines: readonly LocalStepFunctions[], arn: string) =>
  machines.find((m) => m.stateMachineArn === arn) ?? (machines[0] as LocalStepFunctions);
const byExecution = (machines: readonly LocalStepFunctions[], arn: string) =>
  machines.find((m) => m.ownsExecution(arn)) ?? (machines[0] as LocalStepFunctions);

const operations: Record<string, (machines: readonly LocalStepFunctions[], body: Body) => unknown> = {
  StartExecution: (machines, b) => {
    const started = byMachine(machines, b.stateMachineArn ?? '').startExecution(b.stateMachineArn ?? '', b.name, b.input ?? '{}');
    return { executionArn: started.executionArn, startDate: epochSeconds(started.startDate) };
  },
  StopExecution: (machines, b) => ({
    stopDate: epochSeconds(byExecution(machines, b.executionArn ?? '').stopExecution(b.executionArn ?? '', b.error, b.cause)),
  }),
  SendTaskSuccess: ([sfn], b) => (sfn?.sendTaskSuccess(b.taskToken ?? '', b.output ?? '{}'), {}),
  SendTaskFailure: ([sfn], b) => (sfn?.sendTaskFailure(b.taskToken ?? '', b.error, b.cause), {}),
};

export const handleStepFunctionsRequest = (machines: readonly LocalStepFunctions[], request: IncomingRequest): APIGatewayProxyResult => {
  const target = String(request.headers['x-amz-target'] ?? '');
  const operation = operations[target.replace(/^AWSStepFunctions\./, '')];
  if (!operation) return answer(400, { __type: 'UnknownOperationException', message: `${target} is not served locally` });
  try {
    return answer(200, operation(machines, JSON.parse(request.body.toString('utf8') || '{}') as Body));
  } catch (error) {
    if (error instanceof StepFunctionsError) return answer(400, { __type: error.type, message: error.message });
    throw error;
  }
};
