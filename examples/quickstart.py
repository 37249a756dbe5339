from agent_platform import AgentPlatform

# Reads AGENT_PLATFORM_URL, AGENT_PLATFORM_TOKEN (or AGENT_PLATFORM_API_KEY) and AGENT_PLATFORM_WORKSPACE.
client = AgentPlatform()

agents = client.agents.list(maturity_level="student")
agent = client.agents.create(name="Research Assistant", role="general-assistant", maturity_level="student")
result = client.agents.execute(agent.id, task="Search for AI papers")

print(f"{len(agents.agents)} student agent(s) before; created {agent.slug}")
print(f"{result.status}: {result.result.summary}")
