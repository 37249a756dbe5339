import type { Agent } from '../agents/model';
import { Conflict } from '../errors';
import type { AgentAdjustment } from './adaptations';

/**
 * What applying an adaptation does to the agent, and how reverting undoes exactly that: a standing
 * instruction is one paragraph appended to `system_prompt` and removed again on revert; a temperature
 * is set, and put back on revert while it is still the applied one.
 */

const SEPARATOR = '\n\n';

export const applyAdjustment = (agent: Agent, change: AgentAdjustment, now: string): Agent => {
  if (change.kind === 'temperature')
    return { ...agent, configuration: { ...agent.configuration, temperature: change.to }, updated_at: now, version: agent.version + 1 };
  const prompt = agent.system_prompt ? `${agent.system_prompt}${SEPARATOR}${change.instruction}` : change.instruction;
  return { ...agent, system_prompt: prompt, updated_at: now, version: agent.version + 1 };
};

const withoutInstruction = (prompt: string, instruction: string): string | null => {
  const paragraphs = prompt.split(SEPARATOR);
  const at = paragraphs.lastIndexOf(instruction);
  if (at < 0) return null;
  paragraphs.splice(at, 1);
  return paragraphs.join(SEPARATOR);
};

export const revertAdjustment = (agent: Agent, change: AgentAdjustment, adaptationId: string, now: string): Agent => {
  const changedSince = (what: string) =>
    new Conflict(
      'INVALID_TRANSITION',
      `${what} changed since adaptation ${adaptationId} was applied, so it cannot be undone; edit the agent instead`,
    );
  if (change.kind === 'temperature') {
    if (agent.configuration.temperature !== change.to) throw changedSince('the temperature');
    const { temperature: _applied, ...rest } = agent.configuration;
    return {
      ...agent,
      configuration: change.from === null ? rest : { ...rest, temperature: change.from },
      updated_at: now,
      version: agent.version + 1,
    };
  }
  const prompt = withoutInstruction(agent.system_prompt ?? '', change.instruction);
  if (prompt === null) throw changedSince('the system prompt');
  return { ...agent, system_prompt: prompt || null, updated_at: now, version: agent.version + 1 };
};
