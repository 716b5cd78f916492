"""Where each product's calls go, and the rule that only loopback may use plain HTTP.

Real Alibaba Cloud endpoints are HTTPS. An override (the sandbox, a VPC endpoint, a proxy) is
taken per product or for all products at once (``base``); plain ``http://`` is accepted only for
loopback addresses, so credentials never cross a network unencrypted.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit

from imageimporter.core.errors import AppError
from imageimporter.core.text import Text

Product = Literal["oss", "ecs", "ram", "sts"]
PRODUCTS: tuple[Product, ...] = ("oss", "ecs", "ram", "sts")


class EndpointError(AppError):
    """An endpoint URL that cannot be used: the app's one error for them (the profiles, the
    connection, the uploads)."""


def is_loopback_host(host: str) -> bool:
    host = host.strip("[]")
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def default_endpoint(product: Product, region: str) -> str:
    """The public HTTPS endpoint of a product in a region."""
    if product == "oss":
        return f"https://oss-{region}.aliyuncs.com"
    if product == "ecs":
        return f"https://ecs.{region}.aliyuncs.com"
    if product == "sts":
        return f"https://sts.{region}.aliyuncs.com"
    return "https://ram.aliyuncs.com"  # RAM is a global service


def check_endpoint(url: str, product: str = "") -> str:
    """``url`` normalised (no trailing slash); EndpointError for plain HTTP beyond loopback."""
    text = url.strip()
    if "://" not in text:
        text = "https://" + text
    text = text.rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EndpointError(
            Text.of(
                "The {product} endpoint {endpoint!r} is not a valid URL.",
                product=product.upper(),
                endpoint=url,
            )
            if product
            else Text.of("The endpoint {endpoint!r} is not a valid URL.", endpoint=url),
            Text.of("Give a URL such as https://oss-cn-hangzhou.aliyuncs.com."),
            code="InvalidEndpoint",
        )
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise EndpointError(
            Text.of(
                "Refusing plain HTTP to {host}: credentials and data would cross the network "
                "unencrypted.",
                host=parts.hostname,
            ),
            Text.of("Use https://, or http:// only for this machine (127.0.0.1 or localhost)."),
            code="InsecureEndpoint",
        )
    return text


@dataclass(frozen=True)
class Endpoints:
    """The resolved endpoint URL of each product for one region."""

    region: str
    overrides: dict[str, str] = field(default_factory=dict)
    base: str = ""  # one URL for every product (a running sandbox)

    def url(self, product: Product) -> str:
        chosen = self.overrides.get(product) or self.base
        if chosen:
            return check_endpoint(chosen, product)
        return default_endpoint(product, self.region)

    def host_and_protocol(self, product: Product) -> tuple[str, str]:
        """What the Alibaba Cloud SDK ``Config`` takes: ``host[:port]`` and ``http``/``https``."""
        parts = urlsplit(self.url(product))
        return parts.netloc, parts.scheme

    @property
    def is_local(self) -> bool:
        return all(is_loopback_host(urlsplit(self.url(p)).hostname or "") for p in PRODUCTS)
