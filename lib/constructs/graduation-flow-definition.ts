import { Duration } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import {
  Choice,
  Condition,
  Fail,
  type IChainable,
  type IStateMachine,
  IntegrationPattern,
  JsonPath,
  Map as MapState,
  Succeed,
  TaskInput,
  Timeout,
} from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke, StepFunctionsStartExecution } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import type { GraduationTaskName } from '../flows/graduation-tasks';

/**
 * The graduation flow, written once and used twice like the execution flow: deployed as its own
 * Standard state machine, and synthesized in-process for the local runtime.
 *
 *   CheckEligibility → Eligible? ─ no ─→ NotEligible (already recorded failed)
 *                                └ yes → PrepareExam → Exam (Map, 2 at a time):
 *                                          StartExamRun → RunExam (the execution flow, .sync) → GradeExamTask
 *                                          RunExam's Catch → GradeExamTask (the failed run scores 0)
 *                                        → Grade → Ended
 *   every Catch → RecordError (ends the graduation `error`, releases the lock) → Failed
 */

/** Exam runs are runs of at most the agent's timeout (3600 s); a graduation of 20 tasks two at a time, plus grading. */
export const GRADUATION_CEILING = Duration.hours(12);
export const EXAM_CONCURRENCY = 2;

const STEP_TIMEOUT = Timeout.duration(Duration.seconds(90));
const RECORDING_RETRY = { errors: ['States.ALL'], interval: Duration.seconds(2), backoffRate: 2, maxAttempts: 5 };

export const graduationFlowDefinition = (
  scope: Construct,
  functions: Record<GraduationTaskName, IFunction>,
  executions: IStateMachine,
): IChainable => {
  const invoke = (id: string, name: GraduationTaskName, resultPath?: string) =>
    new LambdaInvoke(scope, id, {
      lambdaFunction: functions[name],
      payloadResponseOnly: true,
      taskTimeout: STEP_TIMEOUT,
      ...(resultPath ? { resultPath } : {}),
    });
  const catchAll = { errors: ['States.ALL'], resultPath: '$.error' };

  const failed = new Fail(scope, 'Failed', { errorPath: '$.error.Error', causePath: '$.error.Cause' });
  const recordError = invoke('RecordError', 'recordError', JsonPath.DISCARD).addRetry(RECORDING_RETRY).next(failed);

  const gradeExamTask = invoke('GradeExamTask', 'gradeExamTask', JsonPath.DISCARD);
  const runExam = new StepFunctionsStartExecution(scope, 'RunExam', {
    stateMachine: executions,
    integrationPattern: IntegrationPattern.RUN_JOB,
    // The execution's id names its run, as every run of the execution flow is named.
    name: JsonPath.stringAt('$.execution_id'),
    input: TaskInput.fromJsonPathAt('$.run'),
    resultPath: JsonPath.DISCARD,
  }).addCatch(gradeExamTask, { errors: ['States.ALL'], resultPath: '$.error' });
  const examTask = invoke('StartExamRun', 'startExamRun').next(runExam).next(gradeExamTask);
  const exam = new MapState(scope, 'Exam', { itemsPath: '$.tasks', maxConcurrency: EXAM_CONCURRENCY, resultPath: JsonPath.DISCARD })
    .itemProcessor(examTask)
    .addCatch(recordError, catchAll);

  const grade = invoke('Grade', 'grade').addCatch(recordError, catchAll);
  const prepare = invoke('PrepareExam', 'prepareExam').addCatch(recordError, catchAll);
  const check = invoke('CheckEligibility', 'checkEligibility').addCatch(recordError, catchAll);
  const eligible = new Choice(scope, 'Eligible')
    .when(Condition.booleanEquals('$.eligible', true), prepare.next(exam).next(grade).next(new Succeed(scope, 'Ended')))
    .otherwise(new Succeed(scope, 'NotEligible'));
  return check.next(eligible);
};
