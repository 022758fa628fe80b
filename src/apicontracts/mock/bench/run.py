"""`make bench`: the Assignr mock against Prism on the same bundled spec, over real HTTP.

Both servers run as their own processes on 127.0.0.1 and serve the same request mix (single
GETs, list pages, a PUT with `lock_version`) from a separate load-generator process, one after
the other. The mock keeps request and response validation on; its rate limits are switched off
(the mix would otherwise be throttled to 180 a minute, as the real API would). Prism validates
requests and generates responses from the spec.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx

from apicontracts.contracts import ASSIGNR, ROOT

PRISM = ROOT / "node_modules" / ".bin" / "prism"
TARGET_RATIO = 3.0


@dataclass(frozen=True)
class Settings:
    connections: int = 16
    seconds: float = 10.0
    warmup: float = 3.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode} before listening")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on port {port} after {timeout}s")


@contextmanager
def server(command: list[str], port: int) -> Iterator[None]:
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port, process)
        yield
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def mock_token(root_url: str) -> str:
    from apicontracts.mock import create_app

    # The seeded credentials are the same in every database.
    credentials = create_app("assignr").credentials
    response = httpx.post(
        f"{root_url}/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": credentials.client_id,
            "client_secret": credentials.client_secret,
        },
    )
    response.raise_for_status()
    return str(response.json()["access_token"])


def load(url: str, token: str, settings: Settings) -> dict[str, object]:
    command = [
        sys.executable,
        "-m",
        "apicontracts.mock.bench.loadgen",
        "--url",
        url,
        "--token",
        token,
        "--connections",
        str(settings.connections),
        "--seconds",
        str(settings.seconds),
        "--warmup",
        str(settings.warmup),
    ]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    summary: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return summary


def bench_mock(settings: Settings) -> dict[str, object]:
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "apicontracts",
        "mock",
        "--api",
        "assignr",
        "--no-https",
        "--port",
        str(port),
        "--no-rate-limits",
    ]
    with server(command, port):
        root = f"http://127.0.0.1:{port}"
        return load(f"{root}/api/v2", mock_token(root), settings)


def bench_prism(settings: Settings) -> dict[str, object]:
    if not PRISM.exists():
        raise SystemExit(f"{PRISM} is missing: run `make node_modules` (npm ci)")
    port = free_port()
    spec = ASSIGNR.bundle_dir / "openapi.json"
    with server([str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(spec)], port):
        return load(f"http://127.0.0.1:{port}", "a" * 64, settings)


def report(name: str, summary: dict[str, object]) -> str:
    return (
        f"{name:8} {summary['rps']:>9} req/s   p50 {summary['p50_ms']:>7} ms   p99 {summary['p99_ms']:>7} ms   "
        f"{summary['requests']} requests, statuses {summary['statuses']}, "
        f"connection errors {summary['connection_errors']}"
    )


def main() -> int:
    settings = Settings(
        connections=int(os.environ.get("BENCH_CONNECTIONS", Settings.connections)),
        seconds=float(os.environ.get("BENCH_SECONDS", Settings.seconds)),
    )
    print(
        f"Assignr request mix, {settings.connections} keep-alive connections, "
        f"{settings.seconds}s after {settings.warmup}s warm-up"
    )
    mock = bench_mock(settings)
    print(report("mock", mock), flush=True)
    prism = bench_prism(settings)
    print(report("prism", prism), flush=True)
    ratio = float(mock["rps"]) / max(float(prism["rps"]), 1e-9)  # type: ignore[arg-type]
    p99_better = float(mock["p99_ms"]) < float(prism["p99_ms"])  # type: ignore[arg-type]
    print(
        f"throughput ratio mock/prism: {ratio:.2f}x (target >= {TARGET_RATIO}x); p99 lower than Prism's: {p99_better}"
    )
    met = ratio >= TARGET_RATIO and p99_better
    print("target met" if met else "target NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
