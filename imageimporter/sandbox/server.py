"""The sandbox cloud: one HTTP server on loopback that speaks OSS, ECS, RAM and STS.

Use it in-process::

    with Sandbox(SandboxConfig(data_dir=tmp_path)) as cloud:
        bucket = oss2.Bucket(oss2.Auth(cloud.access_key_id, cloud.access_key_secret),
                             cloud.endpoint, "my-bucket")

or as a process with ``imageimporter sandbox serve``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import secrets
import shutil
import socket
import struct
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, cast
from urllib.parse import urlsplit

from imageimporter.core.endpoints import is_loopback_host
from imageimporter.sandbox.account import Account
from imageimporter.sandbox.faults import FaultInjector, FaultRule
from imageimporter.sandbox.http import (
    BodyReader,
    MalformedBody,
    Product,
    SandboxRequest,
    SandboxResponse,
    Throttle,
    parse_content_length,
)
from imageimporter.sandbox.regions import DEFAULT_REGION

log = logging.getLogger(__name__)

ADMIN_PREFIX = "/_sandbox/"
ADMIN_TOKEN_HEADER = "x-sandbox-admin-token"
# An unread body up to this size is read and discarded so that the connection can serve the
# next request; a longer one is not worth it: the answer closes the connection.
DRAIN_LIMIT = 16 << 20
# After an answer that closes the connection with body bytes unread, read (and discard) for at
# most this long and this much, so that the client sees the answer rather than a reset.
LINGER_SECONDS = 1.0
LINGER_LIMIT = 1 << 20
_REFUSED = (
    b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nContent-Length: 40\r\n"
    b"Connection: close\r\n\r\nThe sandbox has too many connections.\r\n\r\n"
)


class NonLoopbackHostError(ValueError):
    pass


@dataclass
class SandboxConfig:
    # None: a temporary folder, removed when the sandbox stops.
    data_dir: Path | None = None
    host: str = "127.0.0.1"
    port: int = 0
    region: str = DEFAULT_REGION
    # How long an import task takes from ImportImage to Available, in seconds.
    import_seconds: float = 30.0
    # An ECS error code that every import task fails with (forced import failure), or None.
    fail_imports: str | None = None
    # How long a newly created or changed RAM role takes to be usable by ECS (the real service
    # answers NoSetRoletoECSServiceAcount for up to a minute after setup).
    role_propagation_seconds: float = 0.0
    # How many custom images the account may have (QuotaExceed.Image beyond it).
    image_quota: int = 100
    bandwidth_bps: int | None = None
    faults: list[FaultRule] = field(default_factory=list)
    seed: int | None = None
    allow_non_loopback: bool = False
    # Buckets created at start in ``region`` (for the app's sandbox mode).
    buckets: tuple[str, ...] = ()
    # How long a connection may stay silent (mid-request or idle between requests), in seconds.
    socket_timeout: float = 60.0
    # Connections served at once; more are answered 503 at once, with no thread of their own.
    max_connections: int = 64


class SandboxStats:
    """Requests and request-body bytes per API, for tests that count what a client sent."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests: Counter[str] = Counter()
        self.bytes_received: Counter[str] = Counter()

    def count_request(self, api: str) -> None:
        with self._lock:
            self.requests[api] += 1

    def count_bytes(self, api: str, size: int) -> None:
        with self._lock:
            self.bytes_received[api] += size

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self.bytes_received.clear()

    def to_json(self) -> dict[str, dict[str, int]]:
        with self._lock:
            return {
                "requests": dict(self.requests),
                "bytes_received": dict(self.bytes_received),
            }


@dataclass
class ImportSettings:
    """Run-time settings of the import simulation, shared with the ECS product."""

    import_seconds: float
    fail_imports: str | None


class SandboxContext:
    """What products share: settings, the account, faults, statistics and each other."""

    def __init__(self, config: SandboxConfig, data_dir: Path) -> None:
        self.config = config
        self.data_dir = data_dir
        self.region = config.region
        self.account = Account(data_dir / "account.json")
        self.faults = FaultInjector(config.faults, seed=config.seed)
        self.throttle = Throttle(config.bandwidth_bps)
        self.stats = SandboxStats()
        self.imports = ImportSettings(config.import_seconds, config.fail_imports)
        self.clock: Callable[[], float] = time.time
        self.endpoint = ""  # set once the server is bound
        self.products: dict[str, Product] = {}

    def product_dir(self, name: str) -> Path:
        path = self.data_dir / name
        path.mkdir(parents=True, exist_ok=True)
        return path


def _build_products(ctx: SandboxContext) -> list[Product]:
    # Imported here: the product modules import this module's SandboxContext for typing.
    from imageimporter.sandbox.oss import OssProduct
    from imageimporter.sandbox.rpc import RpcProduct

    oss = OssProduct(ctx)
    ctx.products["oss"] = oss
    rpc = RpcProduct(ctx)
    ctx.products["rpc"] = rpc
    # RPC first: it matches on x-acs-* headers / Action, which OSS requests never carry.
    return [rpc, oss]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self._slots = threading.BoundedSemaphore(sandbox.config.max_connections)
        family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.address_family = family
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            self._refuse(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def _refuse(self, request: socket.socket) -> None:
        # On the accepting thread: a fresh socket's send buffer takes this without blocking.
        with contextlib.suppress(OSError):
            request.setblocking(False)
            request.send(_REFUSED)
        self.shutdown_request(request)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server
    server_version = "AliyunOSS"
    sys_version = ""

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.sandbox.config.socket_timeout)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.client_address[0], format % args)

    def do_GET(self) -> None:
        self._serve()

    do_PUT = do_POST = do_DELETE = do_HEAD = do_OPTIONS = do_GET

    def _serve(self) -> None:
        sandbox = self.server.sandbox
        ctx = sandbox.context
        split = urlsplit(self.path)
        framing = self._body_framing()
        if framing is None:
            return
        length, chunked = framing
        body = BodyReader(cast(BinaryIO, self.rfile), length, chunked, ctx.throttle)
        request = SandboxRequest(
            method=self.command,
            path=split.path or "/",
            query_string=split.query,
            headers=self.headers,
            body=body,
            client_address=str(self.client_address[0]),
        )
        if request.path.startswith(ADMIN_PREFIX):
            response = sandbox.handle_admin(request)
            self._finish(request, response)
            return
        product = next((p for p in sandbox.products if p.matches(request)), None)
        if product is None:  # pragma: no cover - OSS matches everything RPC does not
            self._finish(request, SandboxResponse(400))
            return
        try:
            api = product.api_name(request)
        except Exception:  # a bad request: the product answers it with its own error
            log.exception("could not name the API of %s %s", self.command, self.path)
            api = f"{product.name}:Unknown"
        ctx.stats.count_request(api)
        faulted = self._apply_faults(product, api, request)
        if faulted is not None:
            response = faulted
        else:
            try:
                response = product.handle(request)
            except MalformedBody:
                self.send_error(400, "malformed chunked body")
                self.close_connection = True
                return
            except ConnectionError:
                self.close_connection = True
                return
            except Exception:
                log.exception("sandbox %s failed on %s %s", api, self.command, self.path)
                response = product.error_response(
                    request, 500, "InternalError", "The sandbox failed to serve the request."
                )
        ctx.stats.count_bytes(api, body.bytes_read)
        try:
            if "lose" in request.faults:
                self._reset_connection()
                return
            self._finish(request, response)
        finally:
            # A streamed body holds files open: release them even if it was never sent.
            close = getattr(response.body, "close", None)
            if close is not None:
                close()

    def _body_framing(self) -> tuple[int | None, bool] | None:
        """(Content-Length, chunked) of the request's body; None after answering 400 to a body
        whose length cannot be trusted (the connection then closes, nothing read)."""
        lengths = self.headers.get_all("Content-Length") or []
        encodings = self.headers.get_all("Transfer-Encoding") or []
        chunked = [e.strip().lower() for e in encodings] == ["chunked"]
        problem = None
        if encodings and not chunked:
            problem = "unsupported Transfer-Encoding"
        elif lengths and encodings:
            problem = "both Content-Length and Transfer-Encoding"
        elif len(lengths) > 1:
            problem = "more than one Content-Length"
        length = parse_content_length(lengths[0].strip()) if lengths else None
        if lengths and length is None:
            problem = "bad Content-Length"
        if problem is not None:
            self.send_error(400, problem)
            self.close_connection = True
            return None
        return (length if lengths else (None if chunked else 0)), chunked

    def _apply_faults(
        self, product: Product, api: str, request: SandboxRequest
    ) -> SandboxResponse | None:
        faults = self.server.sandbox.context.faults
        rule = faults.draw(api)
        if rule is None:
            return None
        if rule.kind == "slow":
            time.sleep(rule.delay)
            return None
        if rule.kind in ("corrupt", "lose"):
            request.faults.add(rule.kind)
            return None
        if rule.kind == "drop":
            # Take half of the body, then reset the connection: the client sees a connection
            # reset (or a remote disconnect) mid-request, as on a flaky network.
            declared = request.body.declared_length or 0
            with contextlib.suppress(ConnectionError):
                while request.body.bytes_read < declared // 2 and request.body.read(64 << 10):
                    pass
            self._reset_connection()
            raise _Dropped
        # "error": the product's own 5xx answer.
        with contextlib.suppress(ConnectionError):
            request.body.drain(DRAIN_LIMIT)
        code = "ServiceUnavailable" if rule.status == 503 else "InternalError"
        message = (
            "The request has failed due to a temporary failure of the server."
            if rule.status == 503
            else "An internal error occurred. Please try again."
        )
        return product.error_response(request, rule.status, code, message)

    def _reset_connection(self) -> None:
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except _Dropped:
            self.close_connection = True
        except (ConnectionError, TimeoutError):
            self.close_connection = True

    def _finish(self, request: SandboxRequest, response: SandboxResponse) -> None:
        # Whatever the product did not read must go, or the next request on this connection
        # would start in the middle of this body. A small rest of an upload is read and
        # discarded so that the connection stays open. Anything else is answered at once and
        # the connection closed: a product that answers "Connection: close" (OSS refusing a
        # 6 GB body from its Content-Length), a large rest, a body on a request whose API takes
        # none (a GET with a Content-Length whose body may never come).
        unread = not request.body.done
        if (response.header("Connection") or "").lower() == "close":
            self.close_connection = True
        elif unread and request.method in ("PUT", "POST") and self._fits_drain(request.body):
            try:
                unread = not request.body.drain(DRAIN_LIMIT)
            except ConnectionError:  # gone, or a broken body: answer if we still can, then close
                unread = True
        if unread:
            self.close_connection = True
        try:
            self._send(request, response)
        finally:
            if unread:
                self._linger()

    @staticmethod
    def _fits_drain(body: BodyReader) -> bool:
        return body.remaining is None or body.remaining <= DRAIN_LIMIT

    def _linger(self) -> None:
        """Read what the client is still sending, briefly and boundedly, before the connection
        closes: closing with unread bytes resets it, and the client may lose the answer."""
        with contextlib.suppress(OSError):
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_WR)
            self.connection.settimeout(LINGER_SECONDS)
            deadline = time.monotonic() + LINGER_SECONDS
            discarded = 0
            while discarded < LINGER_LIMIT and time.monotonic() < deadline:
                data = self.connection.recv(64 << 10)
                if not data:
                    break
                discarded += len(data)

    def _send(self, request: SandboxRequest, response: SandboxResponse) -> None:
        body = response.body
        self.send_response(response.status)
        names = {k.lower() for k, _ in response.headers}
        for key, value in response.headers:
            self.send_header(key, value)
        if isinstance(body, bytes):
            length = len(body)
        else:
            if response.content_length is None:
                raise ValueError("a streamed response needs content_length")
            length = response.content_length
        if "content-length" not in names:
            self.send_header("Content-Length", str(length))
        if "connection" not in names and self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if request.method == "HEAD":
            return
        throttle = self.server.sandbox.context.throttle
        if isinstance(body, bytes):
            throttle.consume(len(body))
            self.wfile.write(body)
        else:
            for chunk in body:
                throttle.consume(len(chunk))
                self.wfile.write(chunk)


class _Dropped(Exception):
    """Raised to abandon a request whose connection a ``drop`` fault reset."""


class Sandbox:
    """The sandbox cloud, started and stopped in-process (also a context manager)."""

    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()
        if not self.config.allow_non_loopback and not is_loopback_host(self.config.host):
            raise NonLoopbackHostError(
                f"refusing to serve the sandbox on {self.config.host}: it is for this machine "
                "only (use a loopback address, or force it explicitly)"
            )
        self._temp_dir: str | None = None
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.admin_token = secrets.token_urlsafe(24)
        if self.config.data_dir is None:
            self._temp_dir = tempfile.mkdtemp(prefix="imageimporter-sandbox-")
            data_dir = Path(self._temp_dir)
        else:
            data_dir = Path(self.config.data_dir)
            data_dir.mkdir(parents=True, exist_ok=True)
        self.context = SandboxContext(self.config, data_dir)
        self.products: list[Product] = _build_products(self.context)
        for bucket in self.config.buckets:
            self.create_bucket(bucket)

    # -- lifecycle ---------------------------------------------------------------------------
    def start(self) -> Sandbox:
        if self._server is not None:
            return self
        self._server = _Server((self.config.host, self.config.port), self)
        host, port = self._server.server_address[:2]
        host_text = host.decode() if isinstance(host, bytes) else str(host)
        shown = f"[{host_text}]" if ":" in host_text else host_text
        self.context.endpoint = f"http://{shown}:{port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            # A short poll interval: stop() waits up to one interval for the loop to notice.
            kwargs={"poll_interval": 0.05},
            name="sandbox-http",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        for product in self.products:
            product.close()
        if self._temp_dir is not None:
            shutil.rmtree(self._temp_dir, ignore_errors=True)
            self._temp_dir = None

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- what clients need -------------------------------------------------------------------
    @property
    def endpoint(self) -> str:
        """``http://127.0.0.1:PORT``: the base URL of every product."""
        if not self.context.endpoint:
            raise RuntimeError("the sandbox is not started")
        return self.context.endpoint

    @property
    def host_port(self) -> str:
        """``127.0.0.1:PORT``: what the Alibaba Cloud SDKs take as ``endpoint``."""
        return self.endpoint.removeprefix("http://")

    @property
    def region(self) -> str:
        return self.config.region

    @property
    def access_key_id(self) -> str:
        return self.context.account.main_key.access_key_id

    @property
    def access_key_secret(self) -> str:
        return self.context.account.main_key.access_key_secret

    @property
    def data_dir(self) -> Path:
        return self.context.data_dir

    @property
    def faults(self) -> FaultInjector:
        return self.context.faults

    @property
    def stats(self) -> SandboxStats:
        return self.context.stats

    def set_bandwidth(self, bytes_per_second: int | None) -> None:
        self.context.throttle.set_rate(bytes_per_second)

    def set_import_seconds(self, seconds: float) -> None:
        self.context.imports.import_seconds = seconds

    def fail_imports(self, error_code: str | None) -> None:
        """Make every import task from now on fail with ``error_code`` (None: stop failing)."""
        self.context.imports.fail_imports = error_code

    def set_image_status(self, image_id: str, status: str | None) -> None:
        """Make DescribeImages show ``status`` (such as ``UnAvailable``) for an image from now
        on, whatever its import task does; None gives the status back to the task.

        ``KeyError`` for an unknown image, ``ValueError`` for a status ECS does not have.
        """
        from imageimporter.sandbox.rpc import RpcProduct

        rpc = self.context.products["rpc"]
        assert isinstance(rpc, RpcProduct)
        rpc.ecs.set_image_status(image_id, status)

    def create_bucket(self, name: str, region: str | None = None) -> None:
        from imageimporter.sandbox.oss import OssProduct

        oss = self.context.products["oss"]
        assert isinstance(oss, OssProduct)
        oss.ensure_bucket(name, region or self.region)

    def info(self) -> dict[str, Any]:
        """The JSON object ``sandbox serve`` prints first."""
        restricted = self.context.account.restricted_key
        return {
            "endpoint": self.endpoint,
            "host_port": self.host_port,
            "region": self.region,
            "access_key_id": self.access_key_id,
            "access_key_secret": self.access_key_secret,
            "account_id": self.context.account.account_id,
            "restricted_access_key_id": restricted.access_key_id,
            "restricted_access_key_secret": restricted.access_key_secret,
            "data_dir": str(self.data_dir),
            "admin_token": self.admin_token,
            "admin_url": self.endpoint + ADMIN_PREFIX,
        }

    # -- run-time control over HTTP (for a sandbox in another process) -----------------------
    def handle_admin(self, request: SandboxRequest) -> SandboxResponse:
        def answer(status: int, payload: Any) -> SandboxResponse:
            body = json.dumps(payload).encode()
            return SandboxResponse(status, [("Content-Type", "application/json")], body)

        if not secrets.compare_digest(
            request.header(ADMIN_TOKEN_HEADER, "") or "", self.admin_token
        ):
            return answer(403, {"error": f"missing or wrong {ADMIN_TOKEN_HEADER} header"})
        what = request.path.removeprefix(ADMIN_PREFIX)
        try:
            if what == "stats" and request.method == "GET":
                return answer(200, self.stats.to_json())
            if what == "stats" and request.method == "DELETE":
                self.stats.reset()
                return answer(200, {})
            if what == "faults" and request.method == "GET":
                return answer(200, {"rules": [r.to_json() for r in self.faults.rules()]})
            if what == "faults" and request.method in ("PUT", "POST"):
                data = json.loads(request.body.read_all() or b"{}")
                rules = [FaultRule.from_json(r) for r in data.get("rules", [])]
                if request.method == "PUT":
                    self.faults.replace(rules)
                else:
                    for rule in rules:
                        self.faults.add(rule)
                if "bandwidth_bps" in data:
                    self.set_bandwidth(data["bandwidth_bps"])
                if "import_seconds" in data:
                    self.set_import_seconds(float(data["import_seconds"]))
                if "fail_imports" in data:
                    self.fail_imports(data["fail_imports"])
                return answer(200, {"rules": [r.to_json() for r in self.faults.rules()]})
            if what == "faults" and request.method == "DELETE":
                self.faults.clear()
                return answer(200, {"rules": []})
            image = re.fullmatch(r"images/([^/]+)/status", what)
            if image and request.method == "PUT":
                data = json.loads(request.body.read_all() or b"{}")
                try:
                    self.set_image_status(image.group(1), data.get("status"))
                except KeyError:
                    return answer(404, {"error": f"no image {image.group(1)}"})
                return answer(200, {"image_id": image.group(1), "status": data.get("status")})
        except (ValueError, TypeError) as exc:
            return answer(400, {"error": str(exc)})
        return answer(404, {"error": f"no admin resource {request.method} {request.path}"})
