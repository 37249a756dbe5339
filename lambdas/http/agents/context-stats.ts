import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { pagination } from '../../shared/envelope';
import { contextStats } from './fleet-routes';
import { visibleAgents } from './visible';

const tokens = (text: string | null) => Math.ceil((text?.length ?? 0) / 4);

export const handler = httpHandler(contextStats, async ({ query, principal }) => {
  const { sort, order, limit, cursor, page } = query;
  const result = await visibleAgents(principal, { sort, order, limit, cursor, page, filters: {} });
  const agents = result.items.map((a) => {
    const sizes = {
      system_prompt_tokens: tokens(a.system_prompt),
      instruction_template_tokens: tokens(a.instruction_template),
      persona_prompt_tokens: a.use_custom_persona ? tokens(a.custom_persona_prompt) : 0,
    };
    return { id: a.id, slug: a.slug, name: a.name, ...sizes, estimated_tokens: sizes.system_prompt_tokens + sizes.instruction_template_tokens + sizes.persona_prompt_tokens };
  });
  return ok({
    agents,
    totals: { agents: agents.length, estimated_tokens: agents.reduce((sum, a) => sum + a.estimated_tokens, 0) },
    pagination: pagination(result),
  });
});
