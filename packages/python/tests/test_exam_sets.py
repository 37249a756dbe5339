from __future__ import annotations

import unittest

from agent_platform import AgentPlatform, ConflictError, NotFoundError, PermissionDeniedError

from .support import BASE_URL, an_owner

TASK = {"task": "Name the capital of France", "expect": {"contains": ["Paris"]}}


class ExamSetTest(unittest.TestCase):
    def test_puts_reads_lists_replaces_at_a_version_and_deletes_an_exam_set(self) -> None:
        client, _, _ = an_owner()
        with self.assertRaises(NotFoundError) as missing:
            client.exam_sets.get("intern")
        self.assertEqual(missing.exception.code, "EXAM_SET_NOT_FOUND")
        created = client.exam_sets.put("intern", tasks=[TASK], pass_mark=0.5)
        self.assertEqual((created.level, created.version, created.pass_mark, created.tasks), ("intern", 1, 0.5, [TASK]))
        self.assertEqual(client.exam_sets.get("intern").tasks, [TASK])
        self.assertEqual([(s.level, s.task_count) for s in client.exam_sets.list()], [("intern", 1)])
        replaced = client.exam_sets.put("intern", tasks=[TASK, TASK], if_match=created.version)
        self.assertEqual((replaced.version, replaced.pass_mark, replaced.effective_pass_mark), (2, None, 0.6))
        with self.assertRaises(ConflictError) as stale:
            client.exam_sets.put("intern", tasks=[TASK], if_match=created.version)
        self.assertEqual(stale.exception.status, 412)
        with self.assertRaises(ConflictError):
            client.exam_sets.delete("intern", if_match=created.version)
        client.exam_sets.delete("intern", if_match=replaced.version)
        self.assertEqual(client.exam_sets.list(), [])

    def test_answers_404_for_another_workspaces_sets_and_refuses_a_read_key_a_write(self) -> None:
        client, _, workspace = an_owner()
        client.exam_sets.put("supervised", tasks=[TASK])
        stranger, _, _ = an_owner()
        with self.assertRaises(NotFoundError):
            stranger.exam_sets.get("supervised", workspace=workspace)
        with self.assertRaises(NotFoundError):
            stranger.exam_sets.put("supervised", tasks=[TASK], workspace=workspace)
        key = client.api_keys.create(name="reader", scopes=["read"])
        reader = AgentPlatform(base_url=BASE_URL, api_key=key.secret)
        self.assertEqual(reader.exam_sets.get("supervised", workspace=workspace).level, "supervised")
        with self.assertRaises(PermissionDeniedError):
            reader.exam_sets.delete("supervised", workspace=workspace)
        self.assertEqual(client.exam_sets.get("supervised").version, 1)
