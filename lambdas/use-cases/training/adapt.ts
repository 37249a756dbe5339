import * as adaptations from '../../data/adaptations';
import { getLearningSummary, getStatsAndSummary } from '../../data/learning';
import type { Agent } from '../../domain/agents/model';
import { type Adaptation, deriveAdaptations } from '../../domain/learning/adaptations';
import { applyAdjustment, revertAdjustment } from '../../domain/learning/adjust';
import { learningFigures } from '../../domain/learning/aggregates';
import type { LearningSummary } from '../../domain/learning/summary';
import { graduationReadiness } from '../../domain/learning/readiness';
import { Conflict, NotFound } from '../../domain/errors';
import type { Principal } from '../../shared/principal';
import { loadAgent, loadAgentFor } from '../agents/authorize';
import { changeAgentWithStats } from '../agents/change';

/**
 * The training read-out and the apply / revert of adaptations, the primary course:
 * 1. load the agent (read for the read-out, manage for a change);
 * 2. read its aggregates and adaptation history together;
 * 3. derive or adjust (domain/learning), then at most one versioned agent write (agents/change.ts);
 * 4. the agent's statistics, read beside it by the change, go with the answer.
 */

const appliedIn = (history: readonly adaptations.AdaptationRecord[]) =>
  new Set(history.filter((r) => r.status === 'applied').map((r) => r.id));

/** The adaptations the summary suggests that are not applied now. */
const availableFrom = (summary: LearningSummary | null, agent: Agent, history: readonly adaptations.AdaptationRecord[]): Adaptation[] => {
  const applied = appliedIn(history);
  return deriveAdaptations(summary, agent).filter((a) => !applied.has(a.id));
};

const available = async (agent: Agent): Promise<Adaptation[]> => {
  const [summary, history] = await Promise.all([getLearningSummary(agent.id), adaptations.listAdaptationRecords(agent.id)]);
  return availableFrom(summary, agent, history);
};

export const trainingOf = async (principal: Principal, ref: string, now = new Date()) => {
  const agent = await loadAgent(principal, ref);
  const [{ stats, summary }, history] = await Promise.all([getStatsAndSummary(agent.id), adaptations.listAdaptationRecords(agent.id)]);
  const figures = learningFigures(stats, agent.maturity_level, now);
  return {
    agent_id: agent.id,
    learning_statistics: {
      total_experiences: figures.total_experiences,
      successful_experiences: figures.successful_experiences,
      success_rate: figures.success_rate,
      avg_confidence: figures.avg_confidence,
    },
    patterns_detected: (summary?.patterns ?? []).map(({ pattern, success_rate, sample_size }) => ({ pattern, success_rate, sample_size })),
    adaptations_available: availableFrom(summary, agent, history).map(({ id, type, description, expected_improvement }) => ({
      id,
      type,
      description,
      expected_improvement,
    })),
    graduation_readiness: graduationReadiness(agent.maturity_level, figures),
    feedback: figures.feedback,
    governance_violations: figures.governance_violations,
  };
};

export type AdaptationView = Omit<Adaptation, 'change'> & {
  status: 'available' | 'applied' | 'reverted';
  applied_at: string | null;
  applied_by: string | null;
  reverted_at: string | null;
  reverted_by: string | null;
  agent_version: number | null;
};

const view = ({ change: _change, ...rest }: adaptations.AdaptationRecord): AdaptationView => rest;
const availableView = ({ change: _change, ...rest }: Adaptation): AdaptationView => ({
  ...rest,
  status: 'available',
  applied_at: null,
  applied_by: null,
  reverted_at: null,
  reverted_by: null,
  agent_version: null,
});

export const adaptationsOf = async (principal: Principal, ref: string, status?: AdaptationView['status']): Promise<AdaptationView[]> => {
  const agent = await loadAgent(principal, ref);
  const [summary, history] = await Promise.all([getLearningSummary(agent.id), adaptations.listAdaptationRecords(agent.id)]);
  const all = [...availableFrom(summary, agent, history).map(availableView), ...history.map(view)];
  return status ? all.filter((a) => a.status === status) : all;
};

const notFound = (id: string, agent: Agent) =>
  new NotFound(
    `agent ${agent.slug} has no adaptation ${id}; list them with GET /api/agents/${agent.id}/training/adaptations`,
    'adaptation',
  );

export const applyAdaptation = async (principal: Principal, ref: string, id: string, ifMatch: number | undefined) => {
  const { agent: current } = await loadAgentFor(principal, ref, 'manage');
  const adaptation = (await available(current)).find((a) => a.id === id);
  if (!adaptation) {
    const past = await adaptations.getAdaptationRecord(current.id, id);
    if (past?.status === 'applied') throw new Conflict('INVALID_TRANSITION', `adaptation ${id} is already applied; revert it first`);
    throw notFound(id, current);
  }
  let record: adaptations.AdaptationRecord | undefined;
  // The agent just loaded, by id: a slug could name another agent by now.
  const changed = await changeAgentWithStats(
    principal,
    current.id,
    ifMatch,
    (before, now) => applyAdjustment(before, adaptation.change, now),
    'agent.updated',
    (_before, after) => {
      record = {
        ...adaptation,
        status: 'applied',
        applied_at: after.updated_at,
        applied_by: principal.user_id,
        agent_version: after.version,
        reverted_at: null,
        reverted_by: null,
      };
      return [adaptations.recordApplied(after.id, record)];
    },
  );
  return { adaptation: view(record as adaptations.AdaptationRecord), ...changed };
};

export const revertAdaptation = async (principal: Principal, ref: string, id: string, ifMatch: number | undefined) => {
  const { agent: current } = await loadAgentFor(principal, ref, 'manage');
  const record = await adaptations.getAdaptationRecord(current.id, id);
  if (!record) throw notFound(id, current);
  let reverted: adaptations.AdaptationRecord = record;
  // The agent just loaded, by id: a slug could name another agent by now.
  const changed = await changeAgentWithStats(
    principal,
    current.id,
    ifMatch,
    (before, now) => revertAdjustment(before, record.change, id, now),
    'agent.updated',
    (_before, after) => {
      reverted = { ...record, status: 'reverted', reverted_at: after.updated_at, reverted_by: principal.user_id };
      return [adaptations.recordReverted(after.id, id, after.updated_at, principal.user_id)];
    },
  );
  return { adaptation: view(reverted), ...changed };
};
