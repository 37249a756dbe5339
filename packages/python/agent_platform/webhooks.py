"""Standard Webhooks v1 verification: `verify_webhook(body, headers, secret)` returns the delivered event."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Union


class WebhookVerificationError(Exception):
    """The delivery is not one the platform signed with this secret, or is too old.

    `code` is MISSING_HEADER, INVALID_TIMESTAMP, TIMESTAMP_OUT_OF_TOLERANCE, INVALID_SIGNATURE or INVALID_PAYLOAD.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _header(headers: Mapping[str, str], name: str) -> str:
    value = next((v for k, v in headers.items() if k.lower() == name), None)
    if not value:
        raise WebhookVerificationError("MISSING_HEADER", f"the {name} header is missing")
    return value


def _key(secret: str) -> bytes:
    encoded = secret[len("whsec_"):] if secret.startswith("whsec_") else secret
    try:
        key = base64.b64decode(encoded, validate=True)
    except binascii.Error:
        key = b""
    if not key:
        raise ValueError("a webhook secret is `whsec_` followed by base64")
    return key


def _signatures(header: str) -> Iterable[bytes]:
    for part in header.split(" "):
        if part.startswith("v1,"):
            try:
                yield base64.b64decode(part[3:], validate=True)
            except binascii.Error:
                continue


def verify_webhook(
    payload: Union[str, bytes],
    headers: Mapping[str, str],
    secret: Union[str, Sequence[str]],
    tolerance_seconds: int = 300,
    now: Optional[float] = None,
) -> Dict[str, Any]:
    """Check a delivery's signature and age and return its event (the detail: id, event, version, workspace_id, data, timestamp).

    Pass the body exactly as received (bytes or str); `secret` may be a list while you rotate it.
    Raises WebhookVerificationError otherwise.
    """
    body = payload.encode("utf-8") if isinstance(payload, str) else payload
    message_id = _header(headers, "webhook-id")
    timestamp = _header(headers, "webhook-timestamp")
    signature_header = _header(headers, "webhook-signature")
    if not timestamp.isdigit():
        raise WebhookVerificationError("INVALID_TIMESTAMP", "webhook-timestamp is not a number of seconds")
    current = time.time() if now is None else now
    if abs(current - int(timestamp)) > tolerance_seconds:
        raise WebhookVerificationError(
            "TIMESTAMP_OUT_OF_TOLERANCE",
            f"webhook-timestamp is more than {tolerance_seconds} s from now: a replay, or a skewed clock",
        )
    signed = f"{message_id}.{timestamp}.".encode("utf-8") + body
    secrets: List[str] = [secret] if isinstance(secret, str) else list(secret)
    expected = [hmac.new(_key(s), signed, hashlib.sha256).digest() for s in secrets]
    valid = False
    # Every pair is compared (in constant time), so timing says nothing about which one matched.
    for signature in _signatures(signature_header):
        for digest in expected:
            valid = hmac.compare_digest(signature, digest) or valid
    if not valid:
        raise WebhookVerificationError("INVALID_SIGNATURE", "no webhook-signature matches this payload and secret")
    try:
        event = json.loads(body)
    except ValueError:
        raise WebhookVerificationError("INVALID_PAYLOAD", "the payload is not JSON") from None
    if not isinstance(event, dict):
        raise WebhookVerificationError("INVALID_PAYLOAD", "the payload is not a JSON object")
    return event
