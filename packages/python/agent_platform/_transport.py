"""One HTTP exchange with the platform: credentials, the envelope, typed errors and retries."""

from __future__ import annotations

import email.utils
import json
import random
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Mapping, Optional, Union

from .errors import APIConnectionError, error_for


class Record(Dict[str, Any]):
    """A JSON object whose fields read as attributes too: `agent.id` or `agent["id"]`."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError as missing:
            raise AttributeError(name) from missing


def to_record(value: Any) -> Any:
    if isinstance(value, dict):
        return Record({k: to_record(v) for k, v in value.items()})
    if isinstance(value, list):
        return [to_record(v) for v in value]
    return value


def new_idempotency_key() -> str:
    return str(uuid.uuid4())


QueryValue = Union[str, int, bool, List[str], None]
UrlOpen = Callable[..., Any]

BASE_DELAY = 0.25


def retry_after_seconds(header: Optional[str], now: Optional[float] = None) -> Optional[float]:
    if not header:
        return None
    try:
        return max(0.0, float(header))
    except ValueError:
        pass
    try:
        at = email.utils.parsedate_to_datetime(header).timestamp()
    except (TypeError, ValueError):
        return None
    return max(0.0, at - (time.time() if now is None else now))


def retry_delay(attempt: int, retry_after: Optional[float], cap: float, rand: Callable[[], float] = random.random) -> float:
    if retry_after is not None:
        return min(retry_after, cap)
    return rand() * min(cap, BASE_DELAY * 2**attempt)


def safe_to_repeat(method: str, idempotency_key: Optional[str]) -> bool:
    return method in ("GET", "HEAD", "PUT", "DELETE") or idempotency_key is not None


@dataclass
class Settings:
    base_url: str
    api_key: Optional[str]
    token: Optional[str]
    workspace_id: Optional[str]
    max_retries: int
    max_retry_delay: float
    timeout: float
    urlopen: UrlOpen


class Transport:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def _headers(self, has_body: bool, idempotency_key: Optional[str], if_match: Optional[Union[str, int]]) -> Dict[str, str]:
        s = self.settings
        headers = {"Accept": "application/json", "User-Agent": "agent-platform-python/0.1.0"}
        if has_body:
            headers["Content-Type"] = "application/json"
        if s.api_key:
            headers["X-API-Key"] = s.api_key
        if s.token:
            headers["Authorization"] = f"Bearer {s.token}"
        if s.workspace_id and not s.api_key:
            headers["X-Workspace-ID"] = s.workspace_id
        if idempotency_key:
            headers["Idempotency-Key"] = idempotency_key
        if if_match is not None:
            headers["If-Match"] = '"%s"' % str(if_match).replace('"', "")
        return headers

    def _url(self, path: str, query: Optional[Mapping[str, QueryValue]]) -> str:
        params = {}
        for name, value in (query or {}).items():
            if value is None:
                continue
            if isinstance(value, bool):
                params[name] = "true" if value else "false"
            elif isinstance(value, list):
                params[name] = ",".join(value)
            else:
                params[name] = str(value)
        return self.settings.base_url + path + ("?" + urllib.parse.urlencode(params) if params else "")

    def upload(self, url: str, data: bytes, headers: Mapping[str, str]) -> None:
        """A PUT of a bundle to a presigned URL: the URL is the credential, so no platform headers go with it."""
        request = urllib.request.Request(url, data=data, method="PUT", headers=dict(headers))
        try:
            with self.settings.urlopen(request, timeout=self.settings.timeout):
                return
        except urllib.error.HTTPError as failure:
            message = failure.read()[:200].decode("utf-8", "replace") or str(failure.reason)
            raise error_for(failure.code, code="UPLOAD_FAILED", message=message) from None
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as dropped:
            raise APIConnectionError(0, "CONNECTION_ERROR", str(dropped)) from dropped

    def request(
        self,
        method: str,
        path: str,
        *,
        query: Optional[Mapping[str, QueryValue]] = None,
        body: Any = None,
        idempotency_key: Optional[str] = None,
        if_match: Optional[Union[str, int]] = None,
    ) -> Any:
        s = self.settings
        data = None if body is None else json.dumps(body).encode()
        repeatable = safe_to_repeat(method, idempotency_key)
        attempt = 0
        while True:
            last = attempt >= s.max_retries
            request = urllib.request.Request(
                self._url(path, query), data=data, method=method, headers=self._headers(data is not None, idempotency_key, if_match)
            )
            try:
                with s.urlopen(request, timeout=s.timeout) as response:
                    return self._success(response.read())
            except urllib.error.HTTPError as failure:
                raw = failure.read()
                retryable = failure.code == 429 or (failure.code >= 500 and repeatable)
                wait = retry_after_seconds(failure.headers.get("Retry-After"))
                if not retryable or last:
                    raise self._failure(failure.code, raw, failure.headers.get("X-Request-Id"), wait) from None
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as dropped:
                if not repeatable or last:
                    raise APIConnectionError(0, "CONNECTION_ERROR", str(dropped)) from dropped
                wait = None
            time.sleep(retry_delay(attempt, wait, s.max_retry_delay))
            attempt += 1

    @staticmethod
    def _success(raw: bytes) -> Any:
        envelope = json.loads(raw) if raw else {}
        return to_record(envelope.get("data")) if isinstance(envelope, dict) else None

    @staticmethod
    def _failure(status: int, raw: bytes, request_id: Optional[str], retry_after: Optional[float]) -> Exception:
        try:
            envelope = json.loads(raw) if raw else {}
        except ValueError:
            envelope = {}
        error = envelope.get("error") or {} if isinstance(envelope, dict) else {}
        meta = envelope.get("meta") or {} if isinstance(envelope, dict) else {}
        return error_for(
            status,
            code=error.get("code") or f"HTTP_{status}",
            message=error.get("message") or raw[:200].decode(errors="replace") or f"HTTP {status}",
            details=error.get("details"),
            request_id=request_id or meta.get("request_id"),
            retry_after=retry_after,
        )
