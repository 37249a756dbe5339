import { rubricByTerms } from '../../domain/graduation/grading';
import { GRADE_MAX_TOKENS, parseRubricGrade, RUBRIC_SYSTEM_PROMPT, rubricPrompt } from '../../domain/graduation/rubric-prompt';
import { costUsd } from '../../domain/executions/prices';
import { estimateTokens } from '../../domain/tokens';
import { isModelAllowed } from '../../domain/model-access';
import { type BudgetedWorkspace, turnReservationUsd } from '../../domain/spend';
import type { ModelProvider, ModelTurn } from '../../providers/model-provider';
import { providerFor } from '../../providers/provider-for';
import { logger } from '../../shared/logger';
import { modelAllowList } from '../../shared/model-allow-list';
import { modelEndpointPolicy } from '../../shared/model-endpoint-policy';
import { reserveTurn, type TurnReservation } from './budget';
import type { ModelConnection } from './model-connection';

/**
 * Rubric grading by the agent's own model provider (bedrock, openai-compatible): one turn at
 * temperature 0, paid from the workspace's budget like any model turn. The `local` provider grades
 * with the deterministic `rubricByTerms`; so does any grade the model cannot give (a provider error,
 * no budget left, a model the tier does not list, a reply that is not a score from 0 to 1), with
 * the reason kept beside the score.
 */

export interface GradingModel {
  connection: ModelConnection;
  /** The agent's `llm_model`. */
  model: string;
  /** Whose budget pays for the grade. */
  workspace: BudgetedWorkspace;
}

export interface RubricGrade {
  /** 0–1. */
  score: number;
  graded_by: 'model' | 'terms';
  /** Why the deterministic grader scored it instead of the model; absent for the local provider. */
  fallback_reason?: string;
  cost_usd: number;
}

export interface GradingDependencies {
  provider: (connection: ModelConnection) => Promise<ModelProvider>;
  reserve: (workspace: BudgetedWorkspace, amountUsd: number) => Promise<TurnReservation>;
}

const platformDependencies: GradingDependencies = {
  provider: (connection) =>
    providerFor({ llm_provider: connection.provider }, { credentials: connection.credentials, policy: modelEndpointPolicy() }),
  reserve: (workspace, amountUsd) => reserveTurn(workspace, amountUsd),
};

const byTerms = (rubric: string, output: string, fallback_reason?: string): RubricGrade => ({
  score: rubricByTerms(rubric, output),
  graded_by: 'terms',
  ...(fallback_reason ? { fallback_reason } : {}),
  cost_usd: 0,
});

export const rubricGrade = async (
  grading: GradingModel,
  rubric: string,
  task: string,
  output: string,
  deps = platformDependencies,
): Promise<RubricGrade> => {
  const { connection, model, workspace } = grading;
  if (connection.provider === 'local') return byTerms(rubric, output);
  if (!isModelAllowed(modelAllowList, workspace.tier, { llm_provider: connection.provider, llm_model: model })) {
    return byTerms(rubric, output, `model ${model} is not on the ${workspace.tier} tier's list`);
  }
  const prompt = rubricPrompt(rubric, task, output);
  const request = {
    model,
    system: RUBRIC_SYSTEM_PROMPT,
    messages: [{ role: 'user' as const, text: prompt }],
    tools: [],
    max_tokens: GRADE_MAX_TOKENS,
    temperature: 0,
    attempt: 0,
    parameters: {},
  };
  let reservation: TurnReservation;
  try {
    reservation = await deps.reserve(workspace, turnReservationUsd(model, estimateTokens(request.system, prompt), GRADE_MAX_TOKENS));
  } catch (error) {
    return byTerms(rubric, output, `no model budget for grading: ${(error as Error).message}`);
  }
  let turn: ModelTurn;
  try {
    turn = await (await deps.provider(connection)).converse(request);
  } catch (error) {
    await reservation.release();
    return byTerms(rubric, output, `the model provider failed: ${(error as Error).message}`);
  }
  const cost = turn.cost_usd ?? costUsd(model, turn.usage);
  await reservation.settle(cost);
  const parsed = parseRubricGrade(turn.text);
  return parsed.ok
    ? { score: parsed.score, graded_by: 'model', cost_usd: cost }
    : { ...byTerms(rubric, output, parsed.reason), cost_usd: cost };
};

/** The score alone, for `gradeExamTask`; a fallback's reason goes to the log. */
export const gradeRubric = async (
  grading: GradingModel,
  rubric: string,
  task: string,
  output: string,
  deps = platformDependencies,
): Promise<number> => {
  const grade = await rubricGrade(grading, rubric, task, output, deps);
  if (grade.fallback_reason) logger.warn('rubric graded by terms', { model: grading.model, reason: grade.fallback_reason });
  return grade.score;
};
