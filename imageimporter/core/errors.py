"""Errors as values with words for people.

Every failure the app reports carries the service's code (when there is one), one sentence for
the user, and the action that fixes it. Unknown service errors keep their code, message and
RequestId so nothing is lost when they are shown.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(eq=False)
class AppError(Exception):
    """A failure to show to the user: what happened, and what to do about it."""

    message: str
    action: str = ""
    code: str = ""
    request_id: str = ""
    # Whether trying the same thing again later may succeed (network, 5xx, throttling).
    transient: bool = False

    def __post_init__(self) -> None:
        super().__init__(self.message)

    def __str__(self) -> str:
        text = self.message
        if self.action:
            text += f" {self.action}"
        if self.code:
            text += f" (code {self.code}"
            text += f", request {self.request_id})" if self.request_id else ")"
        return text
