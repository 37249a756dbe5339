"""Client for the Agent Platform API: `from agent_platform import AgentPlatform`."""

from ._transport import Record
from .client import AgentPlatform
from .errors import (
    AgentPlatformError,
    APIConnectionError,
    AuthenticationError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)
from .webhooks import WebhookVerificationError, verify_webhook

__all__ = [
    "AgentPlatform",
    "AgentPlatformError",
    "APIConnectionError",
    "AuthenticationError",
    "ConflictError",
    "InvalidRequestError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "Record",
    "ServerError",
    "WebhookVerificationError",
    "verify_webhook",
]
