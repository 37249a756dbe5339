import type { GovernedAgent } from '../governance';
import type { Execution } from './model';

/**
 * The agent as governance sees it during one run: an exam run is governed at the level it is an
 * exam for, so a graduation can test the tools that level allows; every other run at the agent's own.
 */
export const governedAs = <A extends GovernedAgent>(agent: A, execution: Pick<Execution, 'purpose' | 'exam_level'>): A =>
  execution.purpose === 'exam' && execution.exam_level ? { ...agent, maturity_level: execution.exam_level as A['maturity_level'] } : agent;
