"""The sandbox's HTTP core: lifecycle, loopback-only, admin endpoint, fault rules."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

from imageimporter.sandbox import FaultRule, Sandbox, SandboxConfig
from imageimporter.sandbox.faults import FaultInjector
from imageimporter.sandbox.server import ADMIN_TOKEN_HEADER, NonLoopbackHostError


def test_refuses_non_loopback_host(tmp_path):
    with pytest.raises(NonLoopbackHostError, match="loopback"):
        Sandbox(SandboxConfig(data_dir=tmp_path, host="0.0.0.0"))


def test_endpoint_and_credentials_survive_restart(tmp_path):
    with Sandbox(SandboxConfig(data_dir=tmp_path)) as first:
        info = first.info()
        assert info["endpoint"].startswith("http://127.0.0.1:")
        key = (first.access_key_id, first.access_key_secret)
    with Sandbox(SandboxConfig(data_dir=tmp_path)) as second:
        assert (second.access_key_id, second.access_key_secret) == key


def _admin(sandbox: Sandbox, method: str, what: str, payload=None, token=None):
    request = urllib.request.Request(
        sandbox.endpoint + "/_sandbox/" + what,
        method=method,
        data=None if payload is None else json.dumps(payload).encode(),
        headers={ADMIN_TOKEN_HEADER: token or sandbox.admin_token},
    )
    with urllib.request.urlopen(request, timeout=5) as response:
        return json.loads(response.read())


def test_admin_endpoint_needs_its_token(sandbox):
    with pytest.raises(urllib.error.HTTPError) as excinfo:
        _admin(sandbox, "GET", "faults", token="wrong")
    excinfo.value.close()
    assert excinfo.value.code == 403


def test_admin_endpoint_sets_faults_and_settings(sandbox):
    rules = _admin(
        sandbox,
        "PUT",
        "faults",
        {
            "rules": [{"api": "oss:UploadPart", "kind": "error", "rate": 0.5}],
            "import_seconds": 7,
            "fail_imports": "ImportImageFailed",
        },
    )["rules"]
    assert rules[0]["api"] == "oss:UploadPart"
    assert sandbox.faults.rules()[0].rate == 0.5
    assert sandbox.context.imports.import_seconds == 7
    assert sandbox.context.imports.fail_imports == "ImportImageFailed"
    with pytest.raises(urllib.error.HTTPError) as excinfo:
        _admin(sandbox, "POST", "faults", {"rules": [{"kind": "explode"}]})
    excinfo.value.close()
    assert excinfo.value.code == 400


def test_fault_rules_match_by_api_rate_and_count():
    faults = FaultInjector(seed=7)
    faults.add(FaultRule(api="oss:Upload*", kind="error", rate=1.0, count=2))
    assert faults.draw("ecs:ImportImage") is None
    assert faults.draw("oss:UploadPart") is not None
    assert faults.draw("oss:UploadPart") is not None
    assert faults.draw("oss:UploadPart") is None  # count exhausted

    faults.replace([FaultRule(api="ecs:ImportImage", kind="lose", after=2, count=1)])
    assert [faults.draw("ecs:ImportImage") is not None for _ in range(4)] == [
        False, False, True, False,
    ]  # fmt: skip

    faults.replace([FaultRule(api="*", kind="slow", rate=0.25)])
    fired = sum(faults.draw("oss:GetObject") is not None for _ in range(2000))
    assert 400 < fired < 600
