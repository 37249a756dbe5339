"""AgentPlatform: the API, one attribute per resource."""

from __future__ import annotations

import os
import urllib.request
from typing import Optional

from ._transport import Settings, Transport, UrlOpen
from .exam_sets import ExamSets
from .resources import Agents, ApiKeys, Executions, Graduations, Plugins, Training, Webhooks, Workspaces


class AgentPlatform:
    """Each option falls back to its environment variable: AGENT_PLATFORM_URL, AGENT_PLATFORM_API_KEY,
    AGENT_PLATFORM_TOKEN, AGENT_PLATFORM_WORKSPACE."""

    def __init__(
        self,
        *,
        base_url: Optional[str] = None,
        api_key: Optional[str] = None,
        token: Optional[str] = None,
        workspace_id: Optional[str] = None,
        max_retries: int = 3,
        max_retry_delay: float = 30.0,
        timeout: float = 60.0,
        urlopen: Optional[UrlOpen] = None,
    ) -> None:
        env = os.environ
        settings = Settings(
            base_url=(base_url or env.get("AGENT_PLATFORM_URL") or "http://127.0.0.1:3000").rstrip("/"),
            api_key=api_key or (None if token else env.get("AGENT_PLATFORM_API_KEY")),
            token=token or (None if api_key else env.get("AGENT_PLATFORM_TOKEN")),
            workspace_id=workspace_id or env.get("AGENT_PLATFORM_WORKSPACE"),
            max_retries=max_retries,
            max_retry_delay=max_retry_delay,
            timeout=timeout,
            urlopen=urlopen or urllib.request.urlopen,
        )
        transport = Transport(settings)
        self.executions = Executions(transport)
        self.agents = Agents(transport, self.executions)
        self.workspaces = Workspaces(transport)
        self.api_keys = ApiKeys(transport, self.workspaces)
        self.webhooks = Webhooks(transport)
        self.training = Training(transport)
        self.plugins = Plugins(transport)
        self.graduations = Graduations(transport)
        self.exam_sets = ExamSets(transport, self.workspaces)
