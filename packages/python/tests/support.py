"""Fresh users and workspaces on the local runtime named by AGENT_PLATFORM_URL."""

from __future__ import annotations

import json
import os
import urllib.request
import uuid
from typing import Any, Tuple

from agent_platform import AgentPlatform

BASE_URL = os.environ.get("AGENT_PLATFORM_URL", "http://127.0.0.1:3000")


def token(platform_admin: bool = False) -> str:
    body = json.dumps({"email": f"py-{uuid.uuid4().hex[:12]}@example.com", "platform_admin": platform_admin}).encode()
    request = urllib.request.Request(f"{BASE_URL}/local/token", data=body, method="POST", headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        return str(json.loads(response.read())["data"]["token"])


def an_owner(tier: str = "", **options: Any) -> Tuple[AgentPlatform, str, str]:
    """A client for a new owner of a new workspace: (client, token, workspace id)."""
    owner_token = token()
    workspace = AgentPlatform(base_url=BASE_URL, token=owner_token).workspaces.create(name="Python SDK")
    if tier:
        AgentPlatform(base_url=BASE_URL, token=token(platform_admin=True)).workspaces.update(workspace.id, tier=tier)
    client = AgentPlatform(base_url=BASE_URL, token=owner_token, workspace_id=workspace.id, max_retry_delay=0.05, **options)
    return client, owner_token, workspace.id


def mine(agents: Any) -> Any:
    """Leaves out the workspace's built-in Default agent."""
    return [a for a in agents if not a.is_system]
