from __future__ import annotations

import io
import json
import os
import shutil
import tempfile
import time
import uuid
import unittest
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from email.message import Message
from typing import Any, List
from unittest import mock

from agent_platform import (
    AgentPlatform,
    AuthenticationError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)
from agent_platform._transport import retry_after_seconds, retry_delay
from agent_platform.resources import zip_directory

from .support import BASE_URL, an_owner, mine

WRITE_TASK = 'Save it [[tool:files.write {"path":"py.txt","content":"hi"}]]'


def http_error(url: str, status: int, retry_after: str = "") -> urllib.error.HTTPError:
    headers = Message()
    if retry_after:
        headers["Retry-After"] = retry_after
    body = b'{"success":false,"error":{"code":"INJECTED","message":"injected"},"meta":{}}'
    return urllib.error.HTTPError(url, status, "injected", headers, io.BytesIO(body))


class Failing:
    """An urlopen that fails the first `times` requests with `make`, then calls the real one."""

    def __init__(self, times: int, make: Any) -> None:
        self.times = times
        self.make = make
        self.seen: List[str] = []

    def __call__(self, request: urllib.request.Request, timeout: float) -> Any:
        self.seen.append(f"{request.get_method()} {request.full_url}")
        if self.times > 0:
            self.times -= 1
            return self.make(request)
        return urllib.request.urlopen(request, timeout=timeout)


class AgentsTest(unittest.TestCase):
    def test_creates_lists_reads_updates_renames_starts_stops_and_deletes_an_agent(self) -> None:
        client, _, _ = an_owner()
        agent = client.agents.create(name="Research Assistant", role="general-assistant", maturity_level="student")
        self.assertEqual(agent.maturity_level, "student")
        self.assertEqual([a.id for a in mine(client.agents.list(maturity_level="student").agents)], [agent.id])
        self.assertEqual(client.agents.get(agent.slug).id, agent.id)
        self.assertEqual(client.agents.update(agent.id, if_match=agent.version, description="Finds papers").description, "Finds papers")
        self.assertEqual(client.agents.rename(agent.id, name="Scholar").slug, "scholar")
        client.agents.start(agent.id)
        client.agents.stop(agent.id)
        self.assertTrue(client.agents.logs(agent.id))
        client.agents.delete(agent.id)
        with self.assertRaises(NotFoundError):
            client.agents.get(agent.id)

    def test_refuses_an_update_against_a_stale_version(self) -> None:
        client, _, _ = an_owner()
        agent = client.agents.create(name="Versioned")
        client.agents.update(agent.id, if_match=agent.version, description="first")
        with self.assertRaises(ConflictError) as caught:
            client.agents.update(agent.id, if_match=agent.version, description="second")
        self.assertEqual(caught.exception.status, 412)

    def test_workspaces_and_api_keys(self) -> None:
        client, _, workspace = an_owner()
        self.assertIn(workspace, [w.id for w in client.workspaces.list()])
        self.assertEqual(client.workspaces.update(name="Renamed").name, "Renamed")
        self.assertEqual(client.workspaces.get().name, "Renamed")
        key = client.api_keys.create(name="ci", scopes=["read"])
        self.assertTrue(key.secret.startswith("ap_live_"))
        self.assertIn(key.id, [k.id for k in client.api_keys.list()])
        reader = AgentPlatform(base_url=BASE_URL, api_key=key.secret)
        self.assertEqual(mine(reader.agents.list().agents), [])
        with self.assertRaises(PermissionDeniedError):
            reader.agents.create(name="Nope")
        client.api_keys.revoke(key.id)
        with self.assertRaises(AuthenticationError):
            reader.agents.list()

    def test_reports_failures_as_typed_errors(self) -> None:
        client, _, _ = an_owner()
        with self.assertRaises(InvalidRequestError) as caught:
            client.agents.create(name="")
        error = caught.exception
        self.assertEqual((error.status, error.code), (400, "INVALID_INPUT"))
        self.assertTrue(error.request_id and error.request_id.startswith("req_"))
        self.assertEqual(error.details[0]["field"], "name")
        with self.assertRaises(AuthenticationError):
            AgentPlatform(base_url=BASE_URL, token="not-a-token").agents.list()

    def test_falls_back_to_the_environment(self) -> None:
        client, owner_token, workspace = an_owner()
        client.agents.create(name="From env")
        env = {"AGENT_PLATFORM_URL": BASE_URL, "AGENT_PLATFORM_TOKEN": owner_token, "AGENT_PLATFORM_WORKSPACE": workspace}
        with mock.patch.dict(os.environ, env):
            self.assertEqual([a.name for a in mine(AgentPlatform().agents.list().agents)], ["From env"])


class WebhooksTest(unittest.TestCase):
    def test_creates_lists_reads_updates_rotates_and_deletes_a_webhook(self) -> None:
        client, _, _ = an_owner("team")
        webhook = client.webhooks.create(url="https://hooks.example.com/in", events=["agent.executed"])
        self.assertTrue(webhook.secret.startswith("whsec_"))
        self.assertEqual([w.id for w in client.webhooks.list().webhooks], [webhook.id])
        self.assertNotIn("secret", client.webhooks.get(webhook.id))
        self.assertFalse(client.webhooks.update(webhook.id, if_match=webhook.version, enabled=False).enabled)
        rotated = client.webhooks.rotate_secret(webhook.id)
        self.assertNotEqual(rotated.webhook.secret, webhook.secret)
        self.assertIsNotNone(rotated.previous_secret_expires_at)
        client.webhooks.delete(webhook.id)
        with self.assertRaises(NotFoundError):
            client.webhooks.get(webhook.id)


FIXTURE = os.path.join(os.path.dirname(__file__), "..", "..", "..", "test", "fixtures", "plugins", "web-research")


def plugin_directory(parent: str, name: str, version: str) -> str:
    """The web-research fixture under a new name and version."""
    directory = os.path.join(parent, f"{name}-{version}")
    shutil.copytree(FIXTURE, directory)
    manifest_path = os.path.join(directory, "plugin.json")
    with open(manifest_path) as f:
        manifest = json.load(f)
    with open(manifest_path, "w") as f:
        json.dump({**manifest, "name": name, "version": version}, f)
    return directory


class PluginsTest(unittest.TestCase):
    def test_publishes_a_plugin_directory_then_a_second_version_as_bytes(self) -> None:
        client, _, _ = an_owner()
        name = f"py-plugin-{uuid.uuid4().hex[:10]}"
        with tempfile.TemporaryDirectory() as parent:
            first = client.plugins.publish(plugin_directory(parent, name, "1.0.0"), name=name, description="From Python")
            second_bundle = zip_directory(plugin_directory(parent, name, "1.1.0"))
            second = client.plugins.publish(second_bundle, name=name, description="From Python")
        self.assertEqual(first.version, "1.0.0")
        self.assertEqual((second.plugin_id, second.version), (first.plugin_id, "1.1.0"))

    def test_refuses_a_bundle_whose_manifest_names_another_plugin(self) -> None:
        client, _, _ = an_owner()
        with tempfile.TemporaryDirectory() as parent:
            with self.assertRaises(InvalidRequestError):
                client.plugins.publish(plugin_directory(parent, f"py-other-{uuid.uuid4().hex[:10]}", "1.0.0"), name=f"py-mine-{uuid.uuid4().hex[:10]}", description="x")


class GraduationsTest(unittest.TestCase):
    def test_takes_an_agent_from_student_to_intern_and_lists_the_graduation(self) -> None:
        client, _, _ = an_owner("team")
        agent = client.agents.create(name="Py graduate")
        for n in range(10):
            run = client.agents.execute(agent.id, task=f"Summarize the weekly report {n}")
            client.executions.feedback(agent.id, run.execution_id, rating=5, outcome="success")
        started = client.graduations.start(agent.id)
        self.assertEqual((started.status, started.target_level), ("running", "intern"))
        deadline = time.monotonic() + 60
        graduation = client.graduations.get(agent.id, started.id)
        while graduation.status == "running" and time.monotonic() < deadline:
            time.sleep(0.2)
            graduation = client.graduations.get(agent.id, started.id)
        self.assertEqual(graduation.status, "passed")
        self.assertEqual(client.agents.get(agent.id).maturity_level, "intern")
        self.assertEqual([g.id for g in client.graduations.iterate(agent.id, limit=1)], [started.id])
        self.assertEqual([g.id for g in client.graduations.list(agent.id).graduations], [started.id])
        with self.assertRaises(InvalidRequestError):
            client.graduations.start(agent.id)


class TrainingTest(unittest.TestCase):
    def test_reads_the_training_and_applies_and_reverts_an_adaptation(self) -> None:
        client, _, _ = an_owner("team")
        agent = client.agents.create(name="Learner")
        for i in range(3):
            client.agents.execute(agent.id, task=f"Reconcile ledger {i}")
        deadline = time.monotonic() + 15
        training = client.training.get(agent.id)
        while not training.adaptations_available and time.monotonic() < deadline:
            time.sleep(0.1)
            training = client.training.get(agent.id)
        self.assertEqual(training.learning_statistics.total_experiences, 3)
        suggested = training.adaptations_available[0]
        applied = client.training.apply_adaptation(agent.id, suggested.id, if_match=agent.version)
        self.assertEqual(applied.adaptation.status, "applied")
        self.assertEqual([a.id for a in client.training.list_adaptations(agent.id, status="applied")], [suggested.id])
        reverted = client.training.revert_adaptation(agent.id, suggested.id)
        self.assertEqual(reverted.agent.version, agent.version + 2)


class ExecutionsTest(unittest.TestCase):
    def test_waits_for_an_execution_reporting_progress(self) -> None:
        client, _, _ = an_owner()
        agent = client.agents.create(name="Waiter")
        seen: List[Any] = []
        done = client.agents.execute(agent.id, task="Summarise", mode="async", wait=True, on_progress=seen.append)
        self.assertEqual(done.status, "completed")
        self.assertEqual((seen[-1].status, seen[-1].progress), ("completed", 100))
        self.assertEqual(client.executions.get(agent.id, done.id).status, "completed")
        self.assertEqual([e.id for e in client.executions.list(agent.id).executions], [done.id])
        self.assertEqual([e.id for e in client.executions.iterate(agent.id)], [done.id])
        self.assertEqual(client.executions.feedback(agent.id, done.id, rating=4, outcome="success").feedback.rating, 4)

    def test_approves_rejects_and_cancels_held_executions(self) -> None:
        client, _, _ = an_owner()
        agent = client.agents.create(name="Careful", maturity_level="supervised")

        def held() -> Any:
            return client.agents.execute(agent.id, task=WRITE_TASK, mode="async", wait=True)

        first = held()
        self.assertEqual(first.status, "awaiting_approval")
        client.executions.approve(agent.id, first.id)
        self.assertEqual(client.executions.wait(agent.id, first.id).status, "completed")
        second = held()
        self.assertNotEqual(client.executions.reject(agent.id, second.id, comment="not now").status, "awaiting_approval")
        third = held()
        self.assertEqual(client.executions.cancel(agent.id, third.id).status, "cancelled")


class ResilienceTest(unittest.TestCase):
    def test_retries_a_request_answered_429_then_succeeds(self) -> None:
        failing = Failing(2, lambda r: (_ for _ in ()).throw(http_error(r.full_url, 429, "0")))
        client, _, _ = an_owner(urlopen=failing)
        self.assertEqual(mine(client.agents.list().agents), [])
        self.assertEqual(len([s for s in failing.seen if "/api/agents" in s]), 3)

    def test_retries_a_read_answered_503(self) -> None:
        client, _, _ = an_owner()
        failing = Failing(1, lambda r: (_ for _ in ()).throw(http_error(r.full_url, 503)))
        client.agents._t.settings.urlopen = failing
        self.assertEqual(len(client.workspaces.list()), 1)
        self.assertEqual(len(failing.seen), 2)

    def test_gives_up_with_a_rate_limit_error_once_retries_are_spent(self) -> None:
        client, _, _ = an_owner(max_retries=2)
        failing = Failing(10, lambda r: (_ for _ in ()).throw(http_error(r.full_url, 429, "0")))
        client.agents._t.settings.urlopen = failing
        with self.assertRaises(RateLimitError) as caught:
            client.agents.list()
        self.assertEqual(caught.exception.retry_after, 0)
        self.assertEqual(len(failing.seen), 3)

    def test_does_not_repeat_a_post_without_an_idempotency_key(self) -> None:
        client, _, _ = an_owner()
        agent = client.agents.create(name="Once")
        failing = Failing(1, lambda r: (_ for _ in ()).throw(http_error(r.full_url, 503)))
        client.agents._t.settings.urlopen = failing
        with self.assertRaises(ServerError):
            client.agents.start(agent.id)
        self.assertEqual(len(failing.seen), 1)

    def test_creates_exactly_one_agent_when_the_connection_drops_after_the_create(self) -> None:
        client, _, _ = an_owner()
        dropped: List[bool] = []

        def drop_after_post(request: urllib.request.Request, timeout: float) -> Any:
            response = urllib.request.urlopen(request, timeout=timeout)
            if request.get_method() == "POST" and not dropped:
                dropped.append(True)
                response.close()
                raise ConnectionResetError("connection reset by peer")
            return response

        client.agents._t.settings.urlopen = drop_after_post
        agent = client.agents.create(name="Only once")
        self.assertEqual(dropped, [True])
        self.assertEqual([a.id for a in mine(client.agents.list().agents)], [agent.id])

    def test_iterates_over_every_agent_page_by_page(self) -> None:
        client, _, _ = an_owner(tier="enterprise")
        names = [f"Agent {i:03d}" for i in range(120)]
        with ThreadPoolExecutor(max_workers=10) as pool:
            list(pool.map(lambda name: client.agents.create(name=name), names))
        seen = [a.name for a in client.agents.iterate(limit=50, sort="name", order="asc") if not a.is_system]
        self.assertEqual(seen, names)

    def test_waits_what_retry_after_says_never_past_the_cap(self) -> None:
        self.assertEqual(retry_delay(0, retry_after_seconds("2"), 30.0), 2.0)
        self.assertEqual(retry_delay(0, retry_after_seconds("120"), 30.0), 30.0)
        self.assertAlmostEqual(retry_after_seconds("Tue, 01 Jan 2030 00:00:05 GMT", now=1893456000.0) or 0, 5.0)
        self.assertEqual(retry_delay(3, None, 30.0, lambda: 0.5), 1.0)


if __name__ == "__main__":
    unittest.main()
