"""Every failure the client reports is an AgentPlatformError; its subclass names the family, `code` the exact error."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Type


class AgentPlatformError(Exception):
    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: Optional[List[Dict[str, Any]]] = None,
        request_id: Optional[str] = None,
        retry_after: Optional[float] = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details: List[Dict[str, Any]] = details or []
        self.request_id = request_id
        self.retry_after = retry_after


class InvalidRequestError(AgentPlatformError):
    """400 and 422: the request itself is wrong."""


class AuthenticationError(AgentPlatformError):
    """401: no credentials, or credentials the platform refuses."""


class PermissionDeniedError(AgentPlatformError):
    """403: known caller, action not allowed."""


class NotFoundError(AgentPlatformError):
    """404: absent, or in a workspace the caller is not in."""


class ConflictError(AgentPlatformError):
    """409 and 412: the resource's state or version does not allow the change."""


class RateLimitError(AgentPlatformError):
    """429: over a limit; `retry_after` says when to come back (seconds)."""


class ServerError(AgentPlatformError):
    """5xx: the platform failed."""


class APIConnectionError(AgentPlatformError):
    """No answer at all: refused, reset or timed-out connection."""


def error_for(status: int, **fields: Any) -> AgentPlatformError:
    family: Type[AgentPlatformError] = AgentPlatformError
    if status in (400, 422):
        family = InvalidRequestError
    elif status == 401:
        family = AuthenticationError
    elif status == 403:
        family = PermissionDeniedError
    elif status == 404:
        family = NotFoundError
    elif status in (409, 412):
        family = ConflictError
    elif status == 429:
        family = RateLimitError
    elif status >= 500:
        family = ServerError
    return family(status, **fields)
