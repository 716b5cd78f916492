from __future__ import annotations

import pytest

from imageimporter.core.endpoints import (
    EndpointError,
    Endpoints,
    check_endpoint,
    default_endpoint,
    is_loopback_host,
)


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.8.9.1", True), ("localhost", True), ("::1", True),
     ("[::1]", True), ("10.0.0.1", False), ("192.168.1.1", False),
     ("oss-cn-hangzhou.aliyuncs.com", False), ("localhost.evil.example", False)],
)  # fmt: skip
def test_loopback(host, loopback):
    assert is_loopback_host(host) is loopback


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080"),
        ("http://localhost:1", "http://localhost:1"),
        ("http://[::1]:9", "http://[::1]:9"),
        ("https://oss-cn-shanghai.aliyuncs.com", "https://oss-cn-shanghai.aliyuncs.com"),
        ("oss-cn-shanghai-internal.aliyuncs.com", "https://oss-cn-shanghai-internal.aliyuncs.com"),
    ],
)
def test_accepted_endpoints(url, expected):
    assert check_endpoint(url) == expected


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("http://oss-cn-hangzhou.aliyuncs.com", "InsecureEndpoint"),
        ("http://10.1.2.3:80", "InsecureEndpoint"),
        ("ftp://127.0.0.1", "InvalidEndpoint"),
        ("https://", "InvalidEndpoint"),
    ],
)
def test_refused_endpoints(url, code):
    with pytest.raises(EndpointError) as excinfo:
        check_endpoint(url, "oss")
    assert excinfo.value.code == code
    assert excinfo.value.action


def test_defaults_and_overrides():
    assert default_endpoint("oss", "cn-beijing") == "https://oss-cn-beijing.aliyuncs.com"
    assert default_endpoint("ram", "cn-beijing") == "https://ram.aliyuncs.com"
    real = Endpoints(
        "cn-hangzhou", overrides={"oss": "https://oss-cn-hangzhou-internal.aliyuncs.com"}
    )
    assert real.url("oss").endswith("-internal.aliyuncs.com")
    assert real.host_and_protocol("ecs") == ("ecs.cn-hangzhou.aliyuncs.com", "https")
    assert not real.is_local
    local = Endpoints("cn-hangzhou", base="http://127.0.0.1:5000")
    assert local.host_and_protocol("sts") == ("127.0.0.1:5000", "http")
    assert local.is_local
    with pytest.raises(EndpointError):
        Endpoints("cn-hangzhou", base="http://203.0.113.9").url("ecs")
