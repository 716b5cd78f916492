"""A local cloud that speaks the OSS, ECS, RAM and STS wire protocols (see ``server.py``)."""

from imageimporter.sandbox.faults import FaultInjector, FaultRule
from imageimporter.sandbox.server import Sandbox, SandboxConfig

__all__ = ["FaultInjector", "FaultRule", "Sandbox", "SandboxConfig"]
