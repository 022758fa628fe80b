"""A small closed-loop HTTP/1.1 load generator (asyncio streams on uvloop, keep-alive connections).

Each connection repeats a fixed request mix against an Assignr-shaped API and records the latency
of every request; a PUT sends back the `lock_version` the connection last read, so against a
stateful server every update succeeds. Run as its own process; prints one JSON summary line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import orjson
import uvloop

# (method, path template, body?) - {game} is the connection's own game, {page} cycles 1..7.
MIX = (
    ("GET", "/games/{game}", False),
    ("GET", "/sites/123456/games?page={page}&limit=10", False),
    ("GET", "/users/12761", False),
    ("GET", "/venues/98765", False),
    ("GET", "/games/{game}", False),
    ("GET", "/sites/123456/users?limit=10", False),
    ("PUT", "/games/{game}", True),
    ("GET", "/assignments/63558183", False),
)
FIRST_GAME = 1234567


@dataclass
class Result:
    latencies_ns: list[int]
    statuses: dict[int, int]
    errors: int = 0


async def read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split(b" ", 2)[1])
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    body = await reader.readexactly(length) if length else b""
    return status, body


async def connection(host: str, port: int, prefix: str, token: str, game: int, deadline: float, result: Result) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    version = None
    step = 0
    try:
        while time.monotonic() < deadline:
            method, template, has_body = MIX[step % len(MIX)]
            path = prefix + template.format(game=game, page=1 + step % 7)
            body = b""
            if has_body:
                fields: dict[str, object] = {"public_note_text": f"bench {step}"}
                if version is not None:
                    fields["lock_version"] = version
                body = orjson.dumps(fields)
            request = (
                f"{method} {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAuthorization: Bearer {token}\r\n"
                f"Accept: application/vnd.assignr.v2.hal+json\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
            ).encode() + body
            started = time.perf_counter_ns()
            writer.write(request)
            status, payload = await read_response(reader)
            result.latencies_ns.append(time.perf_counter_ns() - started)
            result.statuses[status] = result.statuses.get(status, 0) + 1
            if template == "/games/{game}" and status == 200 and payload:
                found = orjson.loads(payload).get("lock_version")
                version = found if isinstance(found, int) else version
            step += 1
    except (ConnectionError, asyncio.IncompleteReadError, ValueError):
        result.errors += 1
    finally:
        writer.close()


def percentile(sorted_values: list[int], fraction: float) -> float:
    if not sorted_values:
        return 0.0
    index = min(len(sorted_values) - 1, round(fraction * (len(sorted_values) - 1)))
    return sorted_values[index] / 1e6


async def run(url: str, token: str, connections: int, seconds: float, warmup: float) -> dict[str, object]:
    parts = urlsplit(url)
    host, port, prefix = parts.hostname or "127.0.0.1", parts.port or 80, parts.path.rstrip("/")
    if warmup > 0:
        await asyncio.gather(
            *(
                connection(host, port, prefix, token, FIRST_GAME + i, time.monotonic() + warmup, Result([], {}))
                for i in range(connections)
            )
        )
    result = Result([], {})
    started = time.monotonic()
    deadline = started + seconds
    await asyncio.gather(
        *(connection(host, port, prefix, token, FIRST_GAME + i, deadline, result) for i in range(connections))
    )
    elapsed = time.monotonic() - started
    latencies = sorted(result.latencies_ns)
    return {
        "requests": len(latencies),
        "seconds": round(elapsed, 2),
        "rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(percentile(latencies, 0.50), 2),
        "p99_ms": round(percentile(latencies, 0.99), 2),
        "statuses": {str(k): v for k, v in sorted(result.statuses.items())},
        "connection_errors": result.errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", required=True, help="Base URL of the API, e.g. http://127.0.0.1:8000/api/v2")
    parser.add_argument("--token", default="0" * 64)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--warmup", type=float, default=2.0)
    args = parser.parse_args()
    summary = uvloop.run(run(args.url, args.token, args.connections, args.seconds, args.warmup))
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
