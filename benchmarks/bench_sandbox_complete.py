"""CompleteMultipartUpload in the sandbox's OSS: how long it takes for a large object.

    python benchmarks/bench_sandbox_complete.py --size 1G --runs 2

Starts an in-process sandbox, uploads an object of random data with oss2 in parts (64 MiB by
default), then times CompleteMultipartUpload. As a baseline measured in the same run, it times a
GetObject of the whole object through the same server (reading every byte once), so the figure
reads as a ratio that does not depend on the machine's disk. The object's CRC64 (from the
server, combined from the parts' CRCs) is checked against the CRC64 of the bytes sent.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

import oss2

from imageimporter.core.crc64 import crc64
from imageimporter.sandbox import Sandbox, SandboxConfig

BUCKET = "bench"
MIB = 1 << 20


def parse_size(text: str) -> int:
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    if text[-1:].upper() in units:
        return int(float(text[:-1]) * units[text[-1:].upper()])
    return int(text)


def one_run(bucket: oss2.Bucket, key: str, size: int, part_size: int) -> dict[str, float]:
    upload_id = bucket.init_multipart_upload(key).upload_id
    parts = []
    crc = 0
    started = time.perf_counter()
    for number, offset in enumerate(range(0, size, part_size), start=1):
        data = os.urandom(min(part_size, size - offset))
        crc = crc64(data, crc)
        result = bucket.upload_part(key, upload_id, number, data)
        parts.append(oss2.models.PartInfo(number, result.etag))
    uploaded = time.perf_counter()
    done = bucket.complete_multipart_upload(key, upload_id, parts)
    completed = time.perf_counter()
    if done.crc != crc:
        raise SystemExit(f"CRC64 mismatch: server {done.crc}, sent {crc}")
    read = 0
    stream = bucket.get_object(key)
    while chunk := stream.read(8 * MIB):
        read += len(chunk)
    got = time.perf_counter()
    if read != size:
        raise SystemExit(f"GetObject gave {read} bytes of {size}")
    bucket.delete_object(key)
    return {
        "upload_s": uploaded - started,
        "complete_s": completed - uploaded,
        "get_s": got - completed,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1G", help="object size (default 1G)")
    parser.add_argument("--part-size", default="64M", help="part size (default 64M)")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    size, part_size = parse_size(args.size), parse_size(args.part_size)
    with tempfile.TemporaryDirectory(prefix="bench-complete-") as tmp:
        config = SandboxConfig(data_dir=Path(tmp) / "sandbox", buckets=(BUCKET,))
        with Sandbox(config) as cloud:
            auth = oss2.Auth(cloud.access_key_id, cloud.access_key_secret)
            bucket = oss2.Bucket(auth, cloud.endpoint, BUCKET, enable_crc=False)
            runs = [one_run(bucket, f"object-{n}", size, part_size) for n in range(args.runs)]
    print(f"object {size / MIB:.0f} MiB in parts of {part_size / MIB:.0f} MiB, {args.runs} run(s)")
    for name in ("upload_s", "complete_s", "get_s"):
        values = [run[name] for run in runs]
        print(f"  {name:<11} median {statistics.median(values):8.3f} s  ({values})")
    complete = statistics.median(run["complete_s"] for run in runs)
    get = statistics.median(run["get_s"] for run in runs)
    print(f"  Complete / GetObject of the whole object: {complete / get:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
