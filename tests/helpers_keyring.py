"""A keyring backend for subprocesses of the tests: in memory, no file, no D-Bus.

Point a child process at it with ``PYTHON_KEYRING_BACKEND=tests.helpers_keyring.ProcessKeyring``
and the repository root on ``PYTHONPATH``; its secrets live and die with that process, so a
smoke test's keyring round trip really runs without touching the developer's keychain.
"""

from __future__ import annotations

import keyring.backend
import keyring.errors

BACKEND = f"{__name__}.ProcessKeyring"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Secrets in a dict of this backend object (the tests' autouse keyring, one per test)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.entries[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None


class ProcessKeyring(MemoryKeyring):
    """One keyring per process: keyring may create the backend more than once, and every
    instance must see the same secrets."""

    _shared: dict[tuple[str, str], str] = {}  # noqa: RUF012 - shared on purpose, per process

    def __init__(self) -> None:
        super().__init__()
        self.entries = ProcessKeyring._shared
