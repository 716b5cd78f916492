"""`Other Windows` as a Platform, and images put into UnAvailable from outside for tests: the
Sandbox method, the admin endpoint of a sandbox in another process, and a restart."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

import pytest

from imageimporter.sandbox import Sandbox, SandboxConfig
from tests.sandbox.test_rpc_helpers import (
    all_images,
    clients,
    import_request,
    mbr_disk,
    put_object,
    sdk_error,
    setup_import_role,
    task_attribute,
)


def _ready(sandbox: Sandbox, seconds: float = 60.0) -> Any:
    sandbox.set_import_seconds(seconds)
    c = clients(sandbox)
    setup_import_role(c.ram)
    put_object(sandbox, "disk.raw", mbr_disk())
    return c


def test_other_windows_is_a_platform(sandbox: Sandbox) -> None:
    c = _ready(sandbox, 0.1)
    answer = c.ecs.import_image(
        import_request(platform="Other Windows", ostype="windows", image_name="old-windows")
    ).body
    image = next(i for i in all_images(c.ecs) if i.image_id == answer.image_id)
    assert (image.platform, image.ostype) == ("Other Windows", "windows")
    arm = sdk_error(
        lambda: c.ecs.import_image(
            import_request(platform="Other Windows", architecture="arm64", boot_mode="UEFI")
        )
    )
    assert arm.code == "InvalidArchitecture.PlatformUnsupported"
    check = sdk_error(
        lambda: c.ecs.import_image(
            import_request(
                platform="Other Windows", ostype="windows", detection_strategy="Standard"
            )
        )
    )
    assert check.code == "ImageCheckUnsupported.WindowsImage"


def test_an_image_put_into_unavailable_shows_it_while_its_task_runs(sandbox: Sandbox) -> None:
    c = _ready(sandbox)
    answer = c.ecs.import_image(import_request()).body
    sandbox.set_image_status(answer.image_id, "UnAvailable")
    [image] = all_images(c.ecs, status="UnAvailable")
    assert image.image_id == answer.image_id
    assert all_images(c.ecs, status="Creating") == []
    assert task_attribute(c.ecs, answer.task_id).task_status == "Processing"
    sandbox.set_image_status(answer.image_id, None)  # the task decides again
    assert [i.status for i in all_images(c.ecs)] == ["Creating"]
    with pytest.raises(KeyError):
        sandbox.set_image_status("m-missing", "UnAvailable")
    with pytest.raises(ValueError, match="unknown image status"):
        sandbox.set_image_status(answer.image_id, "Broken")


def _admin(sandbox: Sandbox, path: str, payload: Any) -> tuple[int, Any]:
    request = urllib.request.Request(
        sandbox.endpoint + "/_sandbox/" + path,
        method="PUT",
        data=json.dumps(payload).encode(),
        headers={"x-sandbox-admin-token": sandbox.admin_token},
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        with error:
            return error.code, json.loads(error.read())


def test_the_admin_endpoint_sets_the_status_and_it_survives_a_restart(tmp_path) -> None:
    config = SandboxConfig(data_dir=tmp_path / "cloud", import_seconds=60)
    with Sandbox(config) as first:
        c = _ready(first)
        image_id = c.ecs.import_image(import_request()).body.image_id
        status, body = _admin(first, f"images/{image_id}/status", {"status": "UnAvailable"})
        assert (status, body) == (200, {"image_id": image_id, "status": "UnAvailable"})
        assert _admin(first, "images/m-nothing/status", {"status": "UnAvailable"})[0] == 404
        assert _admin(first, f"images/{image_id}/status", {"status": "Sick"})[0] == 400
    with Sandbox(config) as second:
        [image] = all_images(clients(second).ecs)
        assert (image.image_id, image.status) == (image_id, "UnAvailable")
