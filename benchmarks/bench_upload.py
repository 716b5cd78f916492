"""Upload benchmark: the engine against oss2's resumable_upload and curl, on loopback.

    python benchmarks/bench_upload.py --size 2G --runs 3
    python benchmarks/bench_upload.py --size 1G --runs 2 --sweep   # threads × part size

Starts ``imageimporter sandbox serve`` in its own process, writes a test file of random data,
then uploads it with each variant, round-robin, each run in a fresh child process so that the
child's CPU time (user + system, from ``wait4``) and peak RSS are its own:

(a) the engine with its defaults (``Upload(...).run()``);
(b) ``oss2.resumable_upload`` with its defaults;
(c) ``oss2.resumable_upload`` with the engine's part size and threads;
(d) ``curl -T`` of the file to a presigned PUT URL (one request, no client CRC).

Every variant's object is checked against the file's CRC64 afterwards. The sandbox server
shares the machine's cores with the client, so wall times include its own work (it hashes
every byte with MD5 and CRC64 and writes it to disk).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BUCKET = "bench"
VARIANTS = ("engine", "oss2-default", "oss2-tuned", "curl")
LABELS = {
    "engine": "(a) engine, defaults",
    "oss2-default": "(b) oss2.resumable_upload, defaults",
    "oss2-tuned": "(c) oss2.resumable_upload, engine's part size/threads",
    "curl": "(d) curl -T, presigned PUT",
}


# -- the child: one upload ------------------------------------------------------------------------
def child(args: argparse.Namespace) -> int:
    import oss2

    info = json.loads(os.environ["BENCH_SANDBOX"])
    path = Path(args.file)
    size = path.stat().st_size
    variant = args.variant
    started = time.perf_counter()
    transferred: list[float] = []

    def oss2_progress(consumed: int, total: int | None) -> None:
        if consumed >= size and not transferred:
            transferred.append(time.perf_counter())

    class EngineListener:
        def progress(self, event: Any) -> None:
            if event.state.value == "completing" and not transferred:
                transferred.append(time.perf_counter())

        def notice(self, text: str) -> None:
            pass

    if variant.startswith("engine"):
        from imageimporter.services.upload import (
            Credentials,
            OssTarget,
            StaticCredentials,
            Upload,
            UploadOptions,
        )

        options = UploadOptions(part_size=args.part_size, threads=args.threads)
        Upload(
            path,
            OssTarget(info["endpoint"], BUCKET, info["region"]),
            args.key,
            StaticCredentials(Credentials(info["access_key_id"], info["access_key_secret"])),
            options=options,
            listener=EngineListener(),
        ).run()
    else:
        bucket = oss2.Bucket(
            oss2.Auth(info["access_key_id"], info["access_key_secret"]), info["endpoint"], BUCKET
        )
        store = oss2.ResumableStore(root=args.store)
        if variant == "oss2-default":
            oss2.resumable_upload(
                bucket, args.key, str(path), store=store, progress_callback=oss2_progress
            )
        else:
            from imageimporter.core.upload_plan import plan_upload

            plan = plan_upload(path.stat().st_size)
            oss2.resumable_upload(
                bucket,
                args.key,
                str(path),
                store=store,
                part_size=plan.part_size,
                num_threads=plan.threads,
                progress_callback=oss2_progress,
            )
    ended = time.perf_counter()
    print(json.dumps({"wall": ended - started, "transfer": (transferred or [ended])[0] - started}))
    return 0


# -- the parent ------------------------------------------------------------------------------------
# A bare interpreter that runs the measured command and reports its rusage. Peak RSS survives
# fork and exec on Linux, so the measured process must be forked from something small, not
# from this parent (which has the SDKs loaded).
LAUNCHER = """
import json, os, subprocess, sys
started = os.times().elapsed
process = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(process.pid, 0)
with open(sys.argv[1], "w") as out:
    json.dump({"rc": os.waitstatus_to_exitcode(status), "wall": os.times().elapsed - started,
               "cpu": usage.ru_utime + usage.ru_stime, "rss_kib": usage.ru_maxrss}, out)
"""


def run_measured(command: list[str], env: dict[str, str], report: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-S", "-c", LAUNCHER, str(report), *command],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    usage = json.loads(report.read_text())
    if usage["rc"] != 0:
        raise RuntimeError(f"{command[:4]} failed: {done.stderr[-2000:]}")
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    child = json.loads(lines[-1]) if lines else {}
    return {
        "wall": usage["wall"],
        "transfer": child.get("transfer", usage["wall"]),
        "cpu": usage["cpu"],
        "rss_mib": usage["rss_kib"] / 1024,  # KiB on Linux
    }


def parse_size(text: str) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from imageimporter.core.units import parse_size as parse

    return parse(text)


def make_file(path: Path, size: int) -> int:
    from imageimporter.core.crc64 import crc64

    block = os.urandom(64 << 20)
    crc = 0
    with path.open("wb") as handle:
        written = 0
        while written < size:
            piece = block[: min(len(block), size - written)]
            # Vary every block so that nothing can be deduplicated or compressed.
            piece = written.to_bytes(8, "big") + piece[8:] if len(piece) >= 8 else piece
            handle.write(piece)
            crc = crc64(piece, crc)
            written += len(piece)
    return crc


def start_sandbox(data_dir: Path) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "imageimporter",
            "sandbox",
            "serve",
            "--data-dir",
            str(data_dir),
            "--bucket",
            BUCKET,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    info = json.loads(process.stdout.readline())
    return process, info


def object_crc(info: dict[str, Any], key: str) -> int | None:
    import oss2

    bucket = oss2.Bucket(
        oss2.Auth(info["access_key_id"], info["access_key_secret"]), info["endpoint"], BUCKET
    )
    try:
        crc = bucket.head_object(key).server_crc
        bucket.delete_object(key)  # keep the sandbox's disk use at one object
        return int(crc) if crc is not None else None
    finally:
        bucket.session.session.close()


def presigned_put(info: dict[str, Any], key: str) -> str:
    import oss2

    bucket = oss2.Bucket(
        oss2.Auth(info["access_key_id"], info["access_key_secret"]), info["endpoint"], BUCKET
    )
    try:
        return str(bucket.sign_url("PUT", key, 3600))
    finally:
        bucket.session.session.close()


def parent(args: argparse.Namespace) -> int:
    size = parse_size(args.size)
    work = Path(tempfile.mkdtemp(prefix="bench-upload-", dir=args.dir))
    server = None
    try:
        print(f"writing a {args.size} test file...", file=sys.stderr)
        path = work / "disk.img"
        expected = make_file(path, size)
        server, info = start_sandbox(work / "sandbox")
        env = dict(os.environ)
        env["BENCH_SANDBOX"] = json.dumps(info)
        env["IMAGEIMPORTER_HOME"] = str(work / "home")
        me = [sys.executable, str(Path(__file__).resolve()), "--child", "--file", str(path)]
        variants: list[tuple[str, list[str]]] = []
        if args.sweep:
            for threads in (1, 2, 4, 8):
                for part in ("8M", "16M", "64M"):
                    variants.append(
                        (
                            f"engine t={threads} p={part}",
                            ["--variant", "engine", "--threads", str(threads), "--part-size", part],
                        )
                    )
        else:
            for variant in args.variants:
                variants.append((variant, ["--variant", variant]))
        results: dict[str, list[dict[str, float]]] = {name: [] for name, _ in variants}
        # What starting Python and importing the upload stack costs (paid once per process).
        startup = statistics.median(
            run_measured(
                [sys.executable, "-c", "import oss2, imageimporter.services.upload"],
                env,
                work / "usage.json",
            )["cpu"]
            for _ in range(3)
        )
        for run in range(args.runs):
            for name, extra in variants:
                key = f"bench/{name.replace(' ', '_')}-{run}"
                if name == "curl":
                    url = presigned_put(info, key)
                    command = [
                        "curl",
                        "-sS",
                        "-f",
                        "-H",
                        "Expect:",
                        "-T",
                        str(path),
                        url,
                        "-o",
                        "/dev/null",
                    ]
                else:
                    store = work / "oss2-store" / key.replace("/", "_")
                    command = [*me, "--key", key, "--store", str(store), *extra]
                measured = run_measured(command, env, work / "usage.json")
                crc = object_crc(info, key)
                if crc != expected:
                    raise RuntimeError(f"{name}: CRC64 {crc} in OSS, {expected} expected")
                results[name].append(measured)
                print(
                    f"run {run + 1} {name:28s} wall {measured['wall']:6.2f} s  "
                    f"transfer {measured['transfer']:6.2f} s  "
                    f"cpu {measured['cpu']:6.2f} s  rss {measured['rss_mib']:6.1f} MiB",
                    file=sys.stderr,
                )
                shutil.rmtree(work / "oss2-store", ignore_errors=True)
        gib = size / (1 << 30)
        print(
            f"\nFile: {args.size} ({size:,} bytes), {args.runs} runs each, medians; "
            f"{os.cpu_count()} cores shared with the sandbox server.\n"
        )
        print(
            "| variant | wall s | MiB/s | transfer s | client CPU s/GiB | "
            "CPU s/GiB without start-up | peak RSS MiB |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, runs in results.items():
            wall = statistics.median(r["wall"] for r in runs)
            transfer = statistics.median(r["transfer"] for r in runs)
            cpu_seconds = statistics.median(r["cpu"] for r in runs)
            cpu = cpu_seconds / gib
            net = (cpu_seconds - (0.0 if name == "curl" else startup)) / gib
            rss = max(r["rss_mib"] for r in runs)
            label = LABELS.get(name, name)
            print(
                f"| {label} | {wall:.2f} | {size / wall / (1 << 20):.0f} | {transfer:.2f} | "
                f"{cpu:.2f} | {net:.2f} | {rss:.0f} |"
            )
        print(
            f"\nPython start-up and imports cost {startup:.2f} s of CPU per process "
            "(subtracted in 'without start-up', except for curl)."
        )
        print(
            "wall: process start to exit; transfer: until every byte was confirmed (before "
            "CompleteMultipartUpload, which the sandbox serves by copying all parts)."
        )
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
            if server.stdout:
                server.stdout.close()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="2G", help="test file size (default 2G)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--variants", nargs="+", default=list(VARIANTS), choices=VARIANTS)
    parser.add_argument("--sweep", action="store_true", help="engine threads × part sizes")
    parser.add_argument("--dir", default=None, help="where to put the file and the sandbox")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    # Internal: one measured upload in a child process.
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--variant", help=argparse.SUPPRESS)
    parser.add_argument("--file", help=argparse.SUPPRESS)
    parser.add_argument("--key", help=argparse.SUPPRESS)
    parser.add_argument("--store", help=argparse.SUPPRESS)
    parser.add_argument("--threads", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--part-size", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        if args.part_size is not None:
            args.part_size = parse_size(args.part_size)
        return child(args)
    return parent(args)


if __name__ == "__main__":
    sys.exit(main())
