"""The `learningstudio_mock` fixture other projects use runs LearningStudio's own token flow."""

from __future__ import annotations

from apicontracts.mock.engine.testing import InProcessMock


def test_fixture_token_is_a_working_password_grant_token(learningstudio_mock: InProcessMock) -> None:
    token = learningstudio_mock.token("iwells")
    with learningstudio_mock.client() as client:
        me = client.get("/me", headers={"X-Authorization": f"Access_Token access_token={token}"})
    assert me.status_code == 200
    assert me.json()["me"]["userName"] == "iwells"


def test_fixture_credentials_name_every_role(learningstudio_mock: InProcessMock) -> None:
    roles = {login.role for login in learningstudio_mock.credentials.users.values()}
    assert roles == {"professor", "teachingAssistant", "student", "administrator"}
    assert len(learningstudio_mock.credentials.shared_secret or "") == 16
