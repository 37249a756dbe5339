"""The API's resources, with keyword arguments for request fields."""

from __future__ import annotations

import io
import os
import time
import zipfile
from typing import Any, Callable, Iterator, List, Optional, Union
from urllib.parse import quote

from ._transport import Record, Transport, new_idempotency_key
from .errors import ConflictError

SETTLED = frozenset({"completed", "failed", "cancelled", "timed_out", "awaiting_approval"})
POLL_FIRST = 0.2
POLL_CAP = 2.0


def _path(template: str, *values: str) -> str:
    return template.format(*(quote(v, safe="") for v in values))


def _pages(fetch_page: Callable[[Optional[str]], Record], items: str) -> Iterator[Record]:
    cursor: Optional[str] = None
    while True:
        page = fetch_page(cursor)
        yield from page[items]
        cursor = page["pagination"]["next_cursor"]
        if not cursor:
            return


def _given(**fields: Any) -> Any:
    return {k: v for k, v in fields.items() if v is not None}


class Executions:
    def __init__(self, transport: Transport) -> None:
        self._t = transport

    def get(self, agent: str, execution: str) -> Record:
        return self._t.request("GET", _path("/api/agents/{}/executions/{}", agent, execution))

    def list(self, agent: str, **query: Any) -> Record:
        return self._t.request("GET", _path("/api/agents/{}/executions", agent), query=query)

    def iterate(self, agent: str, **query: Any) -> Iterator[Record]:
        return _pages(lambda cursor: self.list(agent, **query, cursor=cursor), "executions")

    def cancel(self, agent: str, execution: str) -> Record:
        return self._t.request("POST", _path("/api/agents/{}/executions/{}/cancel", agent, execution))

    def approve(self, agent: str, execution: str) -> Record:
        return self._t.request("POST", _path("/api/agents/{}/executions/{}/approve", agent, execution), body={})

    def reject(self, agent: str, execution: str, comment: Optional[str] = None) -> Record:
        return self._t.request("POST", _path("/api/agents/{}/executions/{}/reject", agent, execution), body=_given(comment=comment))

    def feedback(self, agent: str, execution: str, *, rating: int, outcome: str, comment: Optional[str] = None) -> Record:
        body = _given(rating=rating, outcome=outcome, comment=comment)
        return self._t.request("POST", _path("/api/agents/{}/executions/{}/feedback", agent, execution), body=body)

    def wait(
        self,
        agent: str,
        execution: Union[Record, str],
        on_progress: Optional[Callable[[Record], None]] = None,
        timeout: float = 600.0,
    ) -> Record:
        """Polls with back-off until the execution settles (ends or awaits approval), reporting every change."""
        current = self.get(agent, execution) if isinstance(execution, str) else execution
        deadline = time.monotonic() + timeout
        seen = ""
        delay = POLL_FIRST
        while True:
            fingerprint = f"{current['status']}/{current['progress']}/{len(current['steps'])}"
            if on_progress and fingerprint != seen:
                on_progress(current)
            seen = fingerprint
            if current["status"] in SETTLED or time.monotonic() > deadline:
                return current
            time.sleep(delay)
            delay = min(POLL_CAP, delay * 1.5)
            current = self.get(agent, current["id"])


class Agents:
    def __init__(self, transport: Transport, executions: Executions) -> None:
        self._t = transport
        self._executions = executions

    def list(self, **query: Any) -> Record:
        return self._t.request("GET", "/api/agents", query=query)

    def iterate(self, **query: Any) -> Iterator[Record]:
        return _pages(lambda cursor: self.list(**query, cursor=cursor), "agents")

    def create(self, *, idempotency_key: Optional[str] = None, **body: Any) -> Record:
        key = idempotency_key or new_idempotency_key()
        return self._t.request("POST", "/api/agents", body=body, idempotency_key=key)["agent"]

    def get(self, agent: str) -> Record:
        return self._t.request("GET", _path("/api/agents/{}", agent))["agent"]

    def update(self, agent: str, *, if_match: Optional[Union[str, int]] = None, **body: Any) -> Record:
        return self._t.request("PATCH", _path("/api/agents/{}", agent), body=body, if_match=if_match)["agent"]

    def delete(self, agent: str) -> None:
        self._t.request("DELETE", _path("/api/agents/{}", agent))

    def start(self, agent: str) -> Record:
        return self._t.request("POST", _path("/api/agents/{}/start", agent))

    def stop(self, agent: str) -> Record:
        return self._t.request("POST", _path("/api/agents/{}/stop", agent))

    def rename(self, agent: str, *, name: str, slug: Optional[str] = None) -> Record:
        return self._t.request("PUT", _path("/api/agents/{}/rename", agent), body=_given(name=name, slug=slug))["agent"]

    def logs(self, agent: str, tail: Optional[int] = None) -> List[Record]:
        return self._t.request("GET", _path("/api/agents/{}/logs", agent), query={"tail": tail})["logs"]

    def execute(
        self,
        agent: str,
        *,
        wait: bool = False,
        on_progress: Optional[Callable[[Record], None]] = None,
        idempotency_key: Optional[str] = None,
        **body: Any,
    ) -> Record:
        """Runs a task; with wait=True, polls until the execution settles, calling on_progress on every change."""
        key = idempotency_key or new_idempotency_key()
        started = self._t.request("POST", _path("/api/agents/{}/execute", agent), body=body, idempotency_key=key)
        return self._executions.wait(agent, started, on_progress) if wait else started


class Workspaces:
    def __init__(self, transport: Transport) -> None:
        self._t = transport

    def list(self) -> List[Record]:
        return self._t.request("GET", "/api/workspaces")["workspaces"]

    def create(self, *, name: str) -> Record:
        return self._t.request("POST", "/api/workspaces", body={"name": name}, idempotency_key=new_idempotency_key())["workspace"]

    def get(self, workspace: Optional[str] = None) -> Record:
        return self._t.request("GET", _path("/api/workspaces/{}", self.resolve(workspace)))["workspace"]

    def update(self, workspace: Optional[str] = None, **body: Any) -> Record:
        return self._t.request("PATCH", _path("/api/workspaces/{}", self.resolve(workspace)), body=body)["workspace"]

    def resolve(self, workspace: Optional[str] = None) -> str:
        """The named workspace, else the client's, else the caller's earliest."""
        found = workspace or self._t.settings.workspace_id
        if not found:
            workspaces = self.list()
            found = workspaces[0]["id"] if workspaces else None
        if not found:
            raise ValueError("no workspace: pass one, set workspace_id or AGENT_PLATFORM_WORKSPACE, or create one")
        return found


class ApiKeys:
    def __init__(self, transport: Transport, workspaces: Workspaces) -> None:
        self._t = transport
        self._workspaces = workspaces

    def list(self, workspace: Optional[str] = None) -> List[Record]:
        return self._t.request("GET", _path("/api/workspaces/{}/api-keys", self._workspaces.resolve(workspace)))["api_keys"]

    def create(self, *, name: str, scopes: List[str], workspace: Optional[str] = None) -> Record:
        path = _path("/api/workspaces/{}/api-keys", self._workspaces.resolve(workspace))
        body = {"name": name, "scopes": scopes}
        return self._t.request("POST", path, body=body, idempotency_key=new_idempotency_key())["api_key"]

    def revoke(self, key: str, workspace: Optional[str] = None) -> None:
        self._t.request("DELETE", _path("/api/workspaces/{}/api-keys/{}", self._workspaces.resolve(workspace), key))


class Webhooks:
    """The current workspace's webhook endpoints (owners and admins; API keys need the admin scope)."""

    def __init__(self, transport: Transport) -> None:
        self._t = transport

    def list(self, **query: Any) -> Record:
        return self._t.request("GET", "/api/webhooks", query=query)

    def create(self, *, url: str, events: List[str], **body: Any) -> Record:
        """The answer carries `secret` (whsec_…), shown this once: keep it to verify deliveries."""
        body = {"url": url, "events": events, **body}
        return self._t.request("POST", "/api/webhooks", body=body, idempotency_key=new_idempotency_key())["webhook"]

    def get(self, webhook: str) -> Record:
        return self._t.request("GET", _path("/api/webhooks/{}", webhook))["webhook"]

    def update(self, webhook: str, *, if_match: Optional[Union[str, int]] = None, **body: Any) -> Record:
        return self._t.request("PATCH", _path("/api/webhooks/{}", webhook), body=body, if_match=if_match)["webhook"]

    def delete(self, webhook: str) -> None:
        self._t.request("DELETE", _path("/api/webhooks/{}", webhook))

    def rotate_secret(self, webhook: str) -> Record:
        """A new secret, shown this once; the previous one keeps signing until previous_secret_expires_at (24 h)."""
        return self._t.request("POST", _path("/api/webhooks/{}/rotate-secret", webhook), idempotency_key=new_idempotency_key())


class Training:
    """An agent's learning: the training read-out and the adaptations it suggests (apply and revert need manage rights)."""

    def __init__(self, transport: Transport) -> None:
        self._t = transport

    def get(self, agent: str) -> Record:
        return self._t.request("GET", _path("/api/agents/{}/training", agent))

    def list_adaptations(self, agent: str, **query: Any) -> List[Record]:
        return self._t.request("GET", _path("/api/agents/{}/training/adaptations", agent), query=query)["adaptations"]

    def apply_adaptation(self, agent: str, adaptation: str, *, if_match: Optional[Union[str, int]] = None) -> Record:
        """Changes the agent (its version bumps); if_match names the agent version it applies to."""
        return self._t.request("POST", _path("/api/agents/{}/training/adaptations/{}/apply", agent, adaptation), if_match=if_match)

    def revert_adaptation(self, agent: str, adaptation: str, *, if_match: Optional[Union[str, int]] = None) -> Record:
        return self._t.request("POST", _path("/api/agents/{}/training/adaptations/{}/revert", agent, adaptation), if_match=if_match)


class Graduations:
    """An agent's graduations: start one (owners and admins), watch it, list them, cancel one."""

    def __init__(self, transport: Transport) -> None:
        self._t = transport

    def start(self, agent: str, *, target_level: Optional[str] = None) -> Record:
        """Starts the exam for the next level; answers the graduation, running."""
        body = _given(target_level=target_level)
        path = _path("/api/agents/{}/graduation", agent)
        return self._t.request("POST", path, body=body, idempotency_key=new_idempotency_key())["graduation"]

    def get(self, agent: str, graduation: str) -> Record:
        return self._t.request("GET", _path("/api/agents/{}/graduations/{}", agent, graduation))["graduation"]

    def list(self, agent: str, **query: Any) -> Record:
        return self._t.request("GET", _path("/api/agents/{}/graduations", agent), query=query)

    def iterate(self, agent: str, **query: Any) -> Iterator[Record]:
        """Every graduation of the agent, newest first, page after page."""
        return _pages(lambda cursor: self.list(agent, **query, cursor=cursor), "graduations")

    def cancel(self, agent: str, graduation: str) -> Record:
        return self._t.request("POST", _path("/api/agents/{}/graduations/{}/cancel", agent, graduation))["graduation"]


def zip_directory(directory: str) -> bytes:
    """A plugin directory as a zip bundle: every file under it, by its path relative to it, in a stable order."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        for root, dirs, files in os.walk(directory):
            dirs.sort()
            for name in sorted(files):
                path = os.path.join(root, name)
                bundle.write(path, os.path.relpath(path, directory).replace(os.sep, "/"))
    return buffer.getvalue()


class Plugins:
    """Plugins: publishing a bundle is three calls (an upload URL, the upload, the registration), made one."""

    def __init__(self, transport: Transport) -> None:
        self._t = transport

    def publish(self, bundle: Union[bytes, str], *, name: str, description: str) -> Record:
        """Uploads a zip or .tar.gz bundle (bytes, or a directory to zip) and registers it as the plugin's next
        version: the plugin is created on first publish. Answers the registered version."""
        data = zip_directory(bundle) if isinstance(bundle, str) else bundle
        upload = self._upload_url(len(data), name, description)
        self._t.upload(upload["url"], data, upload.get("headers") or {})
        path = _path("/api/plugins/{}/versions", name)
        registered = self._t.request("POST", path, body={"upload_id": upload["upload_id"]}, idempotency_key=new_idempotency_key())
        return registered["version"]

    def _upload_url(self, size: int, name: str, description: str) -> Record:
        try:
            body = {"name": name, "description": description, "size": size}
            return self._t.request("POST", "/api/plugins", body=body, idempotency_key=new_idempotency_key())["upload"]
        except ConflictError:
            path = _path("/api/plugins/{}/uploads", name)
            return self._t.request("POST", path, body={"size": size}, idempotency_key=new_idempotency_key())["upload"]
