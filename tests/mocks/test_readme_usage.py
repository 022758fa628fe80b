"""The in-process usage the README shows works as written."""

from __future__ import annotations

from apicontracts.mock.engine.testing import InProcessMock


def test_readme_assignr_fixture_example(assignr_mock: InProcessMock) -> None:
    token = assignr_mock.token()
    with assignr_mock.client() as http:
        sites = http.get("/sites", headers={"Authorization": f"Bearer {token}"}).json()
    assert sites["_embedded"]["sites"], sites


def test_readme_learningstudio_fixture_example(learningstudio_mock: InProcessMock) -> None:
    token = learningstudio_mock.token()
    with learningstudio_mock.client() as http:
        me = http.get("/me", headers={"X-Authorization": f"Access_Token access_token={token}"})
    assert me.status_code == 200
    assert me.json()["me"]["id"]
