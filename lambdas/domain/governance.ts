import type { MATURITY_LEVELS } from './agents/model';

/**
 * Governance by maturity level (API.md "Governance"): every tool declares a risk; each level
 * allows some risks; read-only agents never take create or high steps; without autonomy those
 * steps wait for approval.
 */

export const RISKS = ['read', 'analyze', 'create', 'high'] as const;
export type Risk = (typeof RISKS)[number];
type Level = (typeof MATURITY_LEVELS)[number];

const allowedByLevel: Record<Level, readonly Risk[]> = {
  student: ['read'],
  intern: ['read', 'analyze'],
  supervised: ['read', 'analyze', 'create'],
  autonomous: ['read', 'analyze', 'create', 'high'],
};

const WRITING: readonly Risk[] = ['create', 'high'];

export interface GovernedAgent {
  maturity_level: Level;
  read_only_enabled: boolean;
  autonomy_enabled: boolean;
}

export const allowedRisks = (agent: GovernedAgent): Risk[] =>
  allowedByLevel[agent.maturity_level].filter((risk) => !(agent.read_only_enabled && WRITING.includes(risk)));

/** Risks the agent may take only after a person approves the step. */
export const approvalRequiredRisks = (agent: GovernedAgent): Risk[] =>
  agent.autonomy_enabled ? [] : allowedRisks(agent).filter((risk) => WRITING.includes(risk));

export type StepVerdict = 'allowed' | 'needs_approval' | 'forbidden';

export const governStep = (agent: GovernedAgent, risk: Risk): StepVerdict =>
  !allowedRisks(agent).includes(risk) ? 'forbidden' : approvalRequiredRisks(agent).includes(risk) ? 'needs_approval' : 'allowed';
