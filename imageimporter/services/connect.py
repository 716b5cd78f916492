"""Which account and endpoints a command or the app talks to.

In order: the app's own sandbox cloud (``--sandbox``); one base URL for every product with the
environment's credentials (``--endpoint``, e.g. a running ``imageimporter sandbox serve``); a
saved profile (``--profile``, or the default one); the standard environment variables. A job
records which (``SANDBOX_MARKER``, the URL, the profile name), never the secret, so that it can
be resumed later in the same place.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from imageimporter.core import paths
from imageimporter.core.endpoints import EndpointError, Endpoints
from imageimporter.core.errors import AppError
from imageimporter.core.text import Text
from imageimporter.core.validation import endpoint_url_problem
from imageimporter.services.cloud import CloudSession
from imageimporter.services.credentials import (
    ENV_PROFILE_NAME,
    Credentials,
    CredentialsError,
    CredentialStore,
    Profile,
    credentials_from_env,
)

if TYPE_CHECKING:
    from imageimporter.sandbox import Sandbox

SANDBOX_MARKER = "sandbox"
SANDBOX_BUCKET = "imageimporter-sandbox"
SANDBOX_IMPORT_SECONDS = 45.0


class NoAccountError(CredentialsError):
    """No account to use: no saved profile, and no credentials in the environment."""


@dataclass
class Connection:
    session: CloudSession
    profile: str  # the profile name, "environment", or "" for the sandbox
    endpoint: str  # SANDBOX_MARKER, a base URL, or "" for Alibaba Cloud
    sandbox: Sandbox | None = None

    @property
    def is_sandbox(self) -> bool:
        return self.endpoint == SANDBOX_MARKER

    def close(self) -> None:
        if self.sandbox is not None:
            self.sandbox.stop()
            self.sandbox = None


def account_available(
    env: Mapping[str, str] | None = None, store: CredentialStore | None = None
) -> bool:
    """Whether an account is set up: the standard variables, or a saved profile. Without
    one the app opens on its sandbox cloud."""
    env = os.environ if env is None else env
    if credentials_from_env(env) is not None:
        return True
    store = store or CredentialStore()
    try:
        return bool(store.profiles())
    except AppError:
        return True  # a profile list exists but cannot be read: let the Account page say so


def start_app_sandbox(buckets: tuple[str, ...] = (SANDBOX_BUCKET,)) -> Sandbox:
    """The user's own sandbox cloud, kept in the app's data folder between runs."""
    from imageimporter.sandbox import Sandbox, SandboxConfig

    config = SandboxConfig(
        data_dir=paths.sandbox_data_dir(),
        buckets=buckets,
        import_seconds=float(os.environ.get("IMAGEIMPORTER_SANDBOX_IMPORT_SECONDS", "0") or 0)
        or SANDBOX_IMPORT_SECONDS,
    )
    return Sandbox(config).start()


def sandbox_connection(region: str | None = None, buckets: tuple[str, ...] = ()) -> Connection:
    sandbox = start_app_sandbox((SANDBOX_BUCKET, *buckets))
    creds = Credentials(sandbox.access_key_id, sandbox.access_key_secret)
    endpoints = Endpoints(region or sandbox.region, base=sandbox.endpoint)
    return Connection(CloudSession(creds, endpoints), "", SANDBOX_MARKER, sandbox)


ROLE_SESSION_SECONDS = 3600
# Temporary credentials are renewed this long before they expire, so that no call (a poll of
# an import that runs for hours, a part upload) is signed with credentials about to lapse.
REFRESH_BEFORE_EXPIRY_SECONDS = 300.0


def assume_role(
    session: CloudSession, profile: Profile, clock: Callable[[], float] = time.time
) -> tuple[Credentials, float]:
    """Temporary credentials for a RamRoleArn profile (STS AssumeRole), and when they expire
    (epoch seconds)."""
    from alibabacloud_sts20150401 import models

    request = models.AssumeRoleRequest(
        role_arn=profile.ram_role_arn,
        role_session_name=profile.ram_session_name or "imageimporter",
        duration_seconds=ROLE_SESSION_SECONDS,
    )
    asked_at = clock()
    body = session.call(lambda: session.sts().assume_role(request).body)
    creds = body.credentials
    try:
        expires_at = datetime.fromisoformat(str(creds.expiration)).timestamp()
    except ValueError:
        expires_at = asked_at + ROLE_SESSION_SECONDS
    credentials = Credentials(
        str(creds.access_key_id), str(creds.access_key_secret), str(creds.security_token)
    )
    return credentials, expires_at


class RoleSession(CloudSession):
    """A RamRoleArn profile's session: its STS credentials are renewed with the profile's own
    (long-lived) ones before they expire, whenever a client is asked for, so following an
    import for hours never stops on an expired token."""

    def __init__(
        self, base: CloudSession, profile: Profile, clock: Callable[[], float] = time.time
    ) -> None:
        self._base = base
        self._profile = profile
        self._clock = clock
        self._lock = threading.Lock()
        credentials, self.expires_at = assume_role(base, profile, clock)
        super().__init__(credentials, base.endpoints)

    def _renew_if_due(self) -> None:
        with self._lock:
            if self._clock() < self.expires_at - REFRESH_BEFORE_EXPIRY_SECONDS:
                return
            self.credentials, self.expires_at = assume_role(self._base, self._profile, self._clock)
            self._clients.clear()  # the SDK clients hold the old credentials

    def current_credentials(self) -> Credentials:
        self._renew_if_due()
        return self.credentials

    def ecs(self) -> Any:
        self._renew_if_due()
        return super().ecs()

    def ram(self) -> Any:
        self._renew_if_due()
        return super().ram()

    def sts(self) -> Any:
        self._renew_if_due()
        return super().sts()

    def oss_auth(self) -> Any:
        self._renew_if_due()
        return super().oss_auth()


def connect(
    *,
    region: str | None = None,
    sandbox: bool = False,
    endpoint: str | None = None,
    profile: str | None = None,
    env: Mapping[str, str] | None = None,
    store: CredentialStore | None = None,
    buckets: tuple[str, ...] = (),
) -> Connection:
    env = os.environ if env is None else env
    if sandbox or endpoint == SANDBOX_MARKER:
        return sandbox_connection(region, buckets)
    store = store or CredentialStore()
    env_creds = credentials_from_env(env)
    if endpoint:
        problem = endpoint_url_problem(endpoint)
        if problem:
            raise EndpointError(
                problem,
                Text.of(
                    "Give the endpoint without them; put the AccessKey in "
                    "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET."
                ),
                code="EndpointWithCredentials",
            )
        if env_creds is None:
            raise NoAccountError(
                Text.of(
                    "--endpoint {endpoint} needs credentials in ALIBABA_CLOUD_ACCESS_KEY_ID and "
                    "ALIBABA_CLOUD_ACCESS_KEY_SECRET.",
                    endpoint=endpoint,
                ),
                Text.of("Set them (a running sandbox prints its keys on its first line)."),
                code="NoCredentials",
            )
        endpoints = Endpoints(region or "cn-hangzhou", base=endpoint)
        return Connection(CloudSession(env_creds, endpoints), ENV_PROFILE_NAME, endpoint)
    if profile == ENV_PROFILE_NAME or (profile is None and env_creds is not None):
        if env_creds is None:
            raise NoAccountError(
                Text.of(
                    "The environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and "
                    "ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set.",
                ),
                Text.of("Set them, or choose a saved profile."),
                code="NoCredentials",
            )
        endpoints = Endpoints(region or "cn-hangzhou")
        return Connection(CloudSession(env_creds, endpoints), ENV_PROFILE_NAME, "")
    name = profile or store.default_profile_name
    if not name:
        raise NoAccountError(
            Text.of("No Alibaba Cloud account is set up."),
            Text.of(
                "Add one with `imageimporter profiles add`, import the aliyun CLI's with "
                "`imageimporter profiles import-aliyun-cli`, set ALIBABA_CLOUD_ACCESS_KEY_ID and "
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET, or try it with --sandbox.",
            ),
            code="NoAccount",
        )
    saved = store.profile(name)
    creds = store.credentials(name)
    endpoints = Endpoints(region or saved.region, overrides=dict(saved.endpoints))
    session = CloudSession(creds, endpoints)
    if saved.mode == "RamRoleArn":
        session = RoleSession(session, saved)
    return Connection(session, name, "")


def reconnect(profile: str, endpoint: str, region: str) -> Connection:
    """The connection a stored job was made with (to resume or cancel it)."""
    if endpoint == SANDBOX_MARKER:
        return sandbox_connection(region)
    return connect(region=region, profile=profile or None, endpoint=endpoint or None)
