"""The mock over real HTTP(S) on 127.0.0.1: TLS, the plain-HTTP redirect, and concurrent writers."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import httpx
import pytest

from apicontracts.mock import RunningMock, running

GAME = 1234567


@pytest.fixture(scope="module")
def server() -> Iterator[RunningMock]:
    with running("assignr") as mock:
        yield mock
    assert not mock.app.response_failures


def token(mock: RunningMock, role: str = "default") -> str:
    client = mock.credentials.clients[role]
    response = httpx.post(
        mock.token_url,
        data={"grant_type": "client_credentials", "client_id": client.client_id, "client_secret": client.client_secret},
        verify=mock.ssl_context,
    )
    response.raise_for_status()
    return str(response.json()["access_token"])


def test_https_with_the_self_signed_certificate(server: RunningMock) -> None:
    assert server.base_url.startswith("https://127.0.0.1:") and server.base_url.endswith("/api/v2")
    with httpx.Client(
        base_url=server.base_url, verify=server.ssl_context, headers={"Authorization": f"Bearer {token(server)}"}
    ) as client:
        response = client.get("/sites")
    assert response.status_code == 200
    assert response.json()["_embedded"]["sites"][0]["_links"]["self"]["href"].startswith(server.base_url)


def test_plain_http_gets_302_to_the_https_url(server: RunningMock) -> None:
    assert server.http_url is not None
    response = httpx.get(f"{server.http_url}/api/v2/sites?page=2")
    assert response.status_code == 302
    assert response.headers["Location"] == f"{server.base_url}/sites?page=2"


def test_concurrent_puts_with_the_same_lock_version_one_wins_the_rest_get_409(server: RunningMock) -> None:
    headers = {"Authorization": f"Bearer {token(server)}"}
    with httpx.Client(base_url=server.base_url, verify=server.ssl_context, headers=headers) as client:
        version = client.get(f"/games/{GAME}").json()["lock_version"]
    barrier = threading.Barrier(10)
    statuses: list[int] = []

    def put(n: int) -> None:
        with httpx.Client(base_url=server.base_url, verify=server.ssl_context, headers=headers) as client:
            barrier.wait()
            response = client.put(f"/games/{GAME}", json={"public_note_text": f"writer {n}", "lock_version": version})
            statuses.append(response.status_code)

    threads = [threading.Thread(target=put, args=(n,)) for n in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with httpx.Client(base_url=server.base_url, verify=server.ssl_context, headers=headers) as client:
        final = client.get(f"/games/{GAME}").json()
    assert sorted(statuses) == [200] + [409] * 9
    assert final["lock_version"] == version + 1
    assert final["public_note"].startswith("writer ")


def test_the_mock_command_serves_https_prints_working_credentials_and_stops_on_sigterm() -> None:
    import re
    import signal
    import ssl
    import subprocess
    import sys
    import time

    from apicontracts.mock.standalone import free_port

    port, http_port = free_port(), free_port()
    command = [sys.executable, "-m", "apicontracts", "mock", "--port", str(port), "--http-port", str(http_port)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        lines: list[str] = []
        deadline = time.monotonic() + 60
        assert process.stdout is not None
        while not any("Ctrl-C" in line for line in lines) and time.monotonic() < deadline:
            lines.append(process.stdout.readline())
        printed = "".join(lines)
        client_id = re.search(r"client_id: (\S+)", printed)
        secret = re.search(r"client_secret: (\S+)", printed)
        cert = re.search(r"certificate: (\S+)", printed)
        assert client_id and secret and cert, printed
        assert f"base URL:  https://127.0.0.1:{port}/api/v2" in printed
        context = ssl.create_default_context(cafile=cert.group(1))
        for _ in range(100):  # the worker may still be starting
            try:
                token = httpx.post(
                    f"https://127.0.0.1:{port}/oauth/token",
                    data={
                        "grant_type": "client_credentials",
                        "client_id": client_id.group(1),
                        "client_secret": secret.group(1),
                    },
                    verify=context,
                ).json()["access_token"]
                break
            except httpx.ConnectError:
                time.sleep(0.1)
        sites = httpx.get(
            f"https://127.0.0.1:{port}/api/v2/sites", headers={"Authorization": f"Bearer {token}"}, verify=context
        )
        redirect = httpx.get(f"http://127.0.0.1:{http_port}/api/v2/sites")
        assert sites.status_code == 200 and sites.json()["page"]["records"] == 3
        assert redirect.status_code == 302
        assert redirect.headers["Location"] == f"https://127.0.0.1:{port}/api/v2/sites"
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0
