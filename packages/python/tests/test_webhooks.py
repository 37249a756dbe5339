"""verify_webhook against deliveries signed by `standardwebhooks`, the specification's reference library.

webhook_vectors.json holds its signatures (packages/sdk/test/webhooks.test.ts checks them against it),
so these tests never sign with the code under test.
"""

from __future__ import annotations

import json
import unittest
from pathlib import Path
from typing import Dict

from agent_platform import WebhookVerificationError, verify_webhook

VECTORS = json.loads((Path(__file__).parent / "webhook_vectors.json").read_text())
NOW = float(VECTORS["timestamp"])


def headers(signature: str = VECTORS["signature"], timestamp: int = VECTORS["timestamp"]) -> Dict[str, str]:
    return {"Webhook-Id": VECTORS["id"], "Webhook-Timestamp": str(timestamp), "Webhook-Signature": signature}


class VerifyWebhookTest(unittest.TestCase):
    def refusal(self, *args: object, **kwargs: object) -> str:
        with self.assertRaises(WebhookVerificationError) as caught:
            verify_webhook(*args, **kwargs)  # type: ignore[arg-type]
        return caught.exception.code

    def test_a_delivery_signed_with_the_secret_returns_its_event(self) -> None:
        event = verify_webhook(VECTORS["payload"], headers(), VECTORS["secret"], now=NOW)
        self.assertEqual((event["event"], event["data"]["slug"]), ("agent.created", "research-assistant"))
        self.assertEqual(verify_webhook(VECTORS["payload"].encode(), headers(), VECTORS["secret"], now=NOW)["id"], VECTORS["id"])

    def test_a_body_changed_after_signing_is_refused(self) -> None:
        tampered = VECTORS["payload"].replace("Research Assistant", "Forged Assistant")
        self.assertEqual(self.refusal(tampered, headers(), VECTORS["secret"], now=NOW), "INVALID_SIGNATURE")

    def test_a_delivery_signed_with_another_secret_is_refused(self) -> None:
        self.assertEqual(self.refusal(VECTORS["payload"], headers(), VECTORS["other_secret"], now=NOW), "INVALID_SIGNATURE")

    def test_a_delivery_older_or_newer_than_the_tolerance_is_refused(self) -> None:
        self.assertEqual(self.refusal(VECTORS["payload"], headers(), VECTORS["secret"], now=NOW + 301), "TIMESTAMP_OUT_OF_TOLERANCE")
        self.assertEqual(self.refusal(VECTORS["payload"], headers(), VECTORS["secret"], now=NOW - 301), "TIMESTAMP_OUT_OF_TOLERANCE")
        verify_webhook(VECTORS["payload"], headers(), VECTORS["secret"], tolerance_seconds=600, now=NOW + 301)

    def test_two_signatures_are_accepted_when_one_is_valid(self) -> None:
        both = headers(f"{VECTORS['other_signature']} {VECTORS['signature']}")
        self.assertEqual(verify_webhook(VECTORS["payload"], both, VECTORS["secret"], now=NOW)["id"], VECTORS["id"])
        self.assertEqual(verify_webhook(VECTORS["payload"], headers(), [VECTORS["other_secret"], VECTORS["secret"]], now=NOW)["id"], VECTORS["id"])

    def test_a_delivery_without_its_signature_header_is_refused(self) -> None:
        unsigned = {k: v for k, v in headers().items() if k != "Webhook-Signature"}
        self.assertEqual(self.refusal(VECTORS["payload"], unsigned, VECTORS["secret"], now=NOW), "MISSING_HEADER")


if __name__ == "__main__":
    unittest.main()
