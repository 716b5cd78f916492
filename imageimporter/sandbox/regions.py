"""The regions the sandbox cloud knows, with the facts DescribeRegions and OSS report."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    region_id: str
    local_name: str
    # Whether ImportImage works there. The real service answers InvalidRegion.NotSupport in a few
    # regions; the sandbox keeps one such region so that the error path can be exercised.
    supports_import: bool = True

    @property
    def oss_location(self) -> str:
        return f"oss-{self.region_id}"

    @property
    def ecs_endpoint(self) -> str:
        return f"ecs.{self.region_id}.aliyuncs.com"

    @property
    def oss_endpoint(self) -> str:
        return f"oss-{self.region_id}.aliyuncs.com"


REGIONS: tuple[Region, ...] = (
    Region("cn-hangzhou", "华东1（杭州）"),
    Region("cn-shanghai", "华东2（上海）"),
    Region("cn-beijing", "华北2（北京）"),
    Region("cn-shenzhen", "华南1（深圳）"),
    Region("cn-hongkong", "中国香港"),
    Region("ap-southeast-1", "新加坡"),
    Region("eu-central-1", "德国（法兰克福）"),
    Region("us-west-1", "美国（硅谷）"),
    Region("cn-nanjing", "华东5（南京-本地地域）", supports_import=False),
)

DEFAULT_REGION = "cn-hangzhou"


def find_region(region_id: str) -> Region | None:
    return next((r for r in REGIONS if r.region_id == region_id), None)


def region_from_oss_location(location: str) -> Region | None:
    return find_region(location.removeprefix("oss-"))
