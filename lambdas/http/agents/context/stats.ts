import { contextEstimatesOf } from '../../../use-cases/agents/assemble-context';
import { sortAgents } from '../../../domain/agents/listing';
import type { TokenEstimate } from '../../../domain/context/model';
import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { pagination } from '../../../shared/envelope';
import { pageInMemory } from '../../../shared/page-in-memory';
import { currentWorkspace } from '../../../shared/principal';
import { contextStats } from '../fleet-routes';
import { allVisibleAgents } from '../../../use-cases/agents/list-visible';

const NONE: TokenEstimate = { persona: 0, system_prompt: 0, instruction_template: 0, tier1: 0, tier2: 0, tools: 0, total: 0 };

const sizes = (e: TokenEstimate) => ({
  persona_prompt_tokens: e.persona,
  system_prompt_tokens: e.system_prompt,
  instruction_template_tokens: e.instruction_template,
  tier1_tokens: e.tier1,
  tier2_tokens: e.tier2,
  tools_tokens: e.tools,
  estimated_tokens: e.total,
});

const add = (a: TokenEstimate, b: TokenEstimate): TokenEstimate => ({
  persona: a.persona + b.persona,
  system_prompt: a.system_prompt + b.system_prompt,
  instruction_template: a.instruction_template + b.instruction_template,
  tier1: a.tier1 + b.tier1,
  tier2: a.tier2 + b.tier2,
  tools: a.tools + b.tools,
  total: a.total + b.total,
});

/** The whole visible fleet is read (route description: its cost), so `totals` cover it and the page is cut from it in memory. */
export const handler = httpHandler(contextStats, async ({ query, principal }) => {
  const fleet = sortAgents(await allVisibleAgents(principal), query.sort, query.order);
  const estimates = fleet.length > 0 ? await contextEstimatesOf(currentWorkspace(principal), fleet) : new Map<string, TokenEstimate>();
  const estimateOf = (id: string) => estimates.get(id) ?? NONE;
  const page = await pageInMemory(
    fleet,
    query,
    `context-stats:${principal.workspace_id ?? ''}:${principal.email}`,
    `${query.sort}:${query.order}`,
  );
  return ok({
    agents: page.items.map((a) => ({ id: a.id, slug: a.slug, name: a.name, ...sizes(estimateOf(a.id)) })),
    totals: { agents: fleet.length, ...sizes(fleet.reduce((sum, a) => add(sum, estimateOf(a.id)), NONE)) },
    pagination: pagination(page),
  });
});
