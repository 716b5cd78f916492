"""imageimporter: turn a local virtual machine disk image into an Alibaba Cloud ECS custom image."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("imageimporter")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

APP_NAME = "imageimporter"
