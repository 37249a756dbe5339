import { agentTemplateRoutes } from './agent-templates/routes';
import { sharingRoutes } from './agents/sharing-routes';
import { agentFileRoutes } from './agents/files/routes';
import { folderRoutes } from './agents/folders/routes';
import { agentPluginRoutes } from './agents/plugins/routes';
import { fleetRoutes } from './agents/fleet-routes';
import { agentRoutes } from './agents/routes';
import { agentSubresourceRoutes } from './agents/subresource-routes';
import { trainingRoutes } from './agents/training/routes';
import { graduationRoutes } from './agents/graduation/routes';
import { authRoutes } from './auth/routes';
import { credentialRoutes } from './credentials/routes';
import { docsRoutes } from './docs/routes';
import { executionRoutes } from './executions/routes';
import { healthRoutes } from './health/routes';
import { integrationRoutes } from './integrations/routes';
import { personaRoutes } from './personas/routes';
import { pluginRoutes } from './plugins/routes';
import { workspacePluginRoutes } from './plugins/workspace-routes';
import type { RouteDefinition } from '../shared/route';
import { webhookDeliveryRoutes } from './webhooks/delivery-routes';
import { webhookRoutes } from './webhooks/routes';
import { examSetRoutes } from './workspaces/exam-set-routes';
import { workspaceRoutes } from './workspaces/routes';

/**
 * The route table: every endpoint of the platform. CDK creates one function and one method per
 * line with exactly the line's grants, the local server mounts the same lines, and the OpenAPI
 * document is generated from them.
 */
export const routes: readonly RouteDefinition[] = [
  ...healthRoutes,
  ...docsRoutes,
  ...workspaceRoutes,
  ...integrationRoutes,
  ...agentRoutes,
  ...agentTemplateRoutes,
  ...agentSubresourceRoutes,
  ...sharingRoutes,
  ...credentialRoutes,
  ...agentFileRoutes,
  ...folderRoutes,
  ...fleetRoutes,
  ...authRoutes,
  ...personaRoutes,
  ...pluginRoutes,
  ...workspacePluginRoutes,
  ...agentPluginRoutes,
  ...executionRoutes,
  ...webhookRoutes,
  ...webhookDeliveryRoutes,
  ...trainingRoutes,
  ...examSetRoutes,
  ...graduationRoutes,
];
