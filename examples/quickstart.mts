import { AgentPlatform } from '@agent-platform/sdk';

// Reads AGENT_PLATFORM_URL, AGENT_PLATFORM_TOKEN (or AGENT_PLATFORM_API_KEY) and AGENT_PLATFORM_WORKSPACE.
const client = new AgentPlatform();

const agents = await client.agents.list({ maturity_level: 'student' });
const agent = await client.agents.create({ name: 'Research Assistant', role: 'general-assistant', maturity_level: 'student' });
const result = await client.agents.execute(agent.id, { task: 'Search for AI papers' });

console.log(`${agents.agents.length} student agent(s) before; created ${agent.slug}`);
console.log(`${result.status}: ${result.result?.summary}`);
