"""Fault injection for the sandbox cloud.

Faults are rules matched against an API name such as ``oss:UploadPart``, ``ecs:ImportImage`` or
``ecs:*``. They can be given at start (``SandboxConfig.faults``), changed at run time through
``Sandbox.faults`` in-process, or through the admin endpoint of ``imageimporter sandbox serve``.
"""

from __future__ import annotations

import fnmatch
import random
import threading
from dataclasses import asdict, dataclass
from typing import Any, Literal

FaultKind = Literal["error", "drop", "slow", "corrupt", "lose"]
FAULT_KINDS: tuple[str, ...] = ("error", "drop", "slow", "corrupt", "lose")


@dataclass
class FaultRule:
    """One kind of misbehaviour for the requests whose API name matches ``api``.

    - ``error``: answer with ``status`` (5xx) in the product's own error format;
    - ``drop``: read part of the request, then reset the connection without an answer;
    - ``slow``: wait ``delay`` seconds before answering;
    - ``corrupt``: flip one byte of the request body before the service stores it (OSS data);
    - ``lose``: serve the request, then reset the connection instead of answering: the change
      happened but the client never hears of it (what idempotency tokens are for).
    ``rate`` is the fraction of matching requests affected; ``count`` caps how many in all;
    ``after`` lets that many matching requests through first (e.g. to spare a DryRun).
    """

    api: str
    kind: FaultKind
    rate: float = 1.0
    count: int | None = None
    status: int = 503
    delay: float = 1.0
    after: int = 0
    fired: int = 0
    seen: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FaultRule:
        kind = data.get("kind")
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; expected one of {FAULT_KINDS}")
        rate = float(data.get("rate", 1.0))
        if not 0.0 <= rate <= 1.0:
            raise ValueError("fault rate must be between 0 and 1")
        count = data.get("count")
        return cls(
            api=str(data.get("api", "*")),
            kind=kind,
            rate=rate,
            count=None if count is None else int(count),
            status=int(data.get("status", 503)),
            delay=float(data.get("delay", 1.0)),
            after=int(data.get("after", 0)),
        )


class FaultInjector:
    """Thread-safe set of fault rules; ``draw`` decides the fate of one request."""

    def __init__(self, rules: list[FaultRule] | None = None, seed: int | None = None) -> None:
        self._lock = threading.Lock()
        self._rules: list[FaultRule] = list(rules or [])
        self._random = random.Random(seed)

    def add(self, rule: FaultRule) -> None:
        with self._lock:
            self._rules.append(rule)

    def replace(self, rules: list[FaultRule]) -> None:
        with self._lock:
            self._rules = list(rules)

    def clear(self) -> None:
        self.replace([])

    def rules(self) -> list[FaultRule]:
        with self._lock:
            return list(self._rules)

    def draw(self, api: str, kinds: tuple[str, ...] = FAULT_KINDS) -> FaultRule | None:
        """The first matching rule of one of ``kinds`` that fires for this request, if any."""
        with self._lock:
            for rule in self._rules:
                if rule.kind not in kinds or not fnmatch.fnmatchcase(api, rule.api):
                    continue
                rule.seen += 1
                if rule.seen <= rule.after:
                    continue
                if rule.count is not None and rule.fired >= rule.count:
                    continue
                if self._random.random() >= rule.rate:
                    continue
                rule.fired += 1
                return rule
        return None
