import type { Execution, ExecutionStep } from '../domain/executions/model';
import { type BodyRef, fitsInline, serialize } from '../domain/executions/storage';
import { loadBody, storeBody } from './execution-bodies';
import { executionStepKey } from './keys';
import { queryAll } from './operations';
import { patternQuery, patterns } from './patterns';

/**
 * Execution steps, one item each under the agent's partition, in order; a large step's JSON is an
 * object in the bucket and its item holds the pointer. Written only inside the execution's own
 * versioned update (data/executions.ts), so the steps read are always those the execution counts.
 */

type Ref = Pick<Execution, 'workspace_id' | 'agent_id' | 'id'>;

interface StepItem {
  step?: ExecutionStep;
  body?: BodyRef;
}

/** The item of a new step; its large JSON is stored first, so the item never points at nothing. */
export const stepItem = async (run: Ref, step: ExecutionStep): Promise<Record<string, unknown>> => {
  const body = serialize(step);
  const stored: StepItem = fitsInline(body) ? { step } : { body: await storeBody(run, `step-${step.index}`, body) };
  return { ...executionStepKey(run.agent_id, run.id, step.index), ...stored };
};

/** Every step of the run, in order: one query, paged, and the bucket for the large ones. */
export const stepsOf = async (run: Pick<Execution, 'agent_id' | 'id'>): Promise<ExecutionStep[]> => {
  const items = (await queryAll(
    patternQuery(
      patterns.executionStepsOf,
      { agent: run.agent_id, execution: run.id },
      { ProjectionExpression: 'step, body', ConsistentRead: true },
    ),
  )) as StepItem[];
  return Promise.all(items.map((item) => (item.step ? item.step : loadBody<ExecutionStep>(item.body as BodyRef))));
};
