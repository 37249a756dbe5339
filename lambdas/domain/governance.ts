import type { MATURITY_LEVELS } from './agents/model';

/**
 * Governance by maturity level (API.md "Governance"): every tool declares a risk; each level
 * allows some risks; read-only agents never take create or high steps; without autonomy those
 * steps wait for approval. `egress` — a tool that sends data out of the platform (`http.get`, a
 * plugin tool with an HTTPS endpoint) — is allowed at every level but waits for approval for
 * student and read-only agents whatever their autonomy, so neither sends data out unseen.
 */

export const RISKS = ['read', 'analyze', 'egress', 'create', 'high'] as const;
export type Risk = (typeof RISKS)[number];
type Level = (typeof MATURITY_LEVELS)[number];

const allowedByLevel: Record<Level, readonly Risk[]> = {
  student: ['read', 'egress'],
  intern: ['read', 'analyze', 'egress'],
  supervised: ['read', 'analyze', 'egress', 'create'],
  autonomous: ['read', 'analyze', 'egress', 'create', 'high'],
};

const WRITING: readonly Risk[] = ['create', 'high'];

export interface GovernedAgent {
  maturity_level: Level;
  read_only_enabled: boolean;
  autonomy_enabled: boolean;
}

export const allowedRisks = (agent: GovernedAgent): Risk[] =>
  allowedByLevel[agent.maturity_level].filter((risk) => !(agent.read_only_enabled && WRITING.includes(risk)));

const egressNeedsApproval = (agent: GovernedAgent): boolean => agent.maturity_level === 'student' || agent.read_only_enabled;

/** Risks the agent may take only after a person approves the step. */
export const approvalRequiredRisks = (agent: GovernedAgent): Risk[] =>
  allowedRisks(agent).filter((risk) =>
    risk === 'egress' ? egressNeedsApproval(agent) : !agent.autonomy_enabled && WRITING.includes(risk),
  );

export type StepVerdict = 'allowed' | 'needs_approval' | 'forbidden';

export const governStep = (agent: GovernedAgent, risk: Risk): StepVerdict =>
  !allowedRisks(agent).includes(risk) ? 'forbidden' : approvalRequiredRisks(agent).includes(risk) ? 'needs_approval' : 'allowed';

const severity: Record<StepVerdict, number> = { allowed: 0, needs_approval: 1, forbidden: 2 };

/** A tool that reaches out over HTTPS sends data out: governed as its declared risk and as egress, the stricter verdict wins. */
export const governTool = (agent: GovernedAgent, tool: { risk: Risk; endpoint?: string }): StepVerdict => {
  const declared = governStep(agent, tool.risk);
  const egress = tool.endpoint?.startsWith('https://') ? governStep(agent, 'egress') : 'allowed';
  return severity[egress] > severity[declared] ? egress : declared;
};
