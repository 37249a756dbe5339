import { allowedRisks, approvalRequiredRisks } from '../../../domain/governance';
import { pagination } from '../../../shared/envelope';
import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { autonomyStatus } from '../fleet-routes';
import { visibleAgents } from '../../../use-cases/agents/list-visible';

export const handler = httpHandler(autonomyStatus, async ({ query, principal }) => {
  const { sort, order, limit, cursor, page } = query;
  const result = await visibleAgents(principal, { sort, order, limit, cursor, page, filters: {} });
  const agents = result.items.map((a) => ({
    id: a.id,
    slug: a.slug,
    name: a.name,
    maturity_level: a.maturity_level,
    autonomy_enabled: a.autonomy_enabled,
    read_only_enabled: a.read_only_enabled,
    allowed_risks: allowedRisks(a),
    approval_required_risks: approvalRequiredRisks(a),
  }));
  const byLevel: Record<string, number> = {};
  for (const a of agents) byLevel[a.maturity_level] = (byLevel[a.maturity_level] ?? 0) + 1;
  return ok({
    agents,
    summary: {
      autonomous: agents.filter((a) => a.autonomy_enabled).length,
      read_only: agents.filter((a) => a.read_only_enabled).length,
      by_level: byLevel,
    },
    pagination: pagination(result),
  });
});
