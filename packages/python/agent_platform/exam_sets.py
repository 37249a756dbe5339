"""A workspace's exam sets, one per target level: the tasks a graduation to that level sits."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ._transport import Record, Transport
from .resources import Workspaces, _path


class ExamSets:
    """Reading needs the read scope; replacing and removing, a workspace owner or admin. if_match takes the set's version."""

    def __init__(self, transport: Transport, workspaces: Workspaces) -> None:
        self._t = transport
        self._workspaces = workspaces

    def _path(self, level: str, workspace: Optional[str]) -> str:
        return _path("/api/workspaces/{}/exam-sets/{}", self._workspaces.resolve(workspace), level)

    def list(self, workspace: Optional[str] = None) -> List[Record]:
        """The levels the workspace has a set for, lowest first, without their tasks."""
        return self._t.request("GET", _path("/api/workspaces/{}/exam-sets", self._workspaces.resolve(workspace)))["exam_sets"]

    def get(self, level: str, workspace: Optional[str] = None) -> Record:
        """The set of the level; NotFoundError (EXAM_SET_NOT_FOUND) when there is none."""
        return self._t.request("GET", self._path(level, workspace))["exam_set"]

    def put(
        self,
        level: str,
        *,
        tasks: List[Dict[str, Any]],
        pass_mark: Optional[float] = None,
        if_match: Optional[Union[str, int]] = None,
        workspace: Optional[str] = None,
    ) -> Record:
        """Creates or replaces the whole set; with if_match, only the set at that version (ConflictError otherwise)."""
        body: Dict[str, Any] = {"tasks": tasks}
        if pass_mark is not None:
            body["pass_mark"] = pass_mark
        return self._t.request("PUT", self._path(level, workspace), body=body, if_match=if_match)["exam_set"]

    def delete(self, level: str, *, if_match: Optional[Union[str, int]] = None, workspace: Optional[str] = None) -> None:
        """Removes the set: graduations to the level then sample the agent's successful runs."""
        self._t.request("DELETE", self._path(level, workspace), if_match=if_match)
