"""The codes whose causes are not a resource rule: suffixes, disabled APIs, other campuses, server faults."""

from __future__ import annotations

import pytest

from apicontracts.mock.learningstudio.seed import default_campus

from .support import ACC, ADMINISTRATOR, PROFESSOR, Campus

OTHER_APPLICATION = "2f9a6c1e-7b3d-4e5f-8a9b-0c1d2e3f4a5b"


def other_application_token(campus: Campus, who: str) -> str:
    assert OTHER_APPLICATION in default_campus().applications
    response = campus.token_response(
        grant_type="password",
        client_id=OTHER_APPLICATION,
        username=f"sandbox\\{who}",
        password=campus.credentials.users[who].password,
    )
    return str(response.json()["access_token"])


@pytest.mark.parametrize("path", ["/me.txt", "/systemDateTime.html", f"/courses/{ACC}/roster.csv"])
def test_suffix_other_than_json_or_xml_gets_400(campus: Campus, path: str) -> None:
    assert campus.get(path).status_code == 400


@pytest.mark.parametrize("path", ["/meAAA", "/systemDateTimeX", "/me/coursesjson"])
def test_a_last_segment_that_is_no_route_gets_404(campus: Campus, path: str) -> None:
    # Not a suffix (no dot): the URI names no route at all (reference 3.3, "invalid URI path").
    assert campus.get(path).status_code == 404


def test_the_largest_64_bit_id_is_an_id_not_a_malformed_one(campus: Campus) -> None:
    assert campus.get(f"/courses/{ACC}/items/9223372036854775807").status_code == 404
    assert campus.get(f"/courses/{ACC}/items/9223372036854775808").status_code == 400


@pytest.mark.parametrize("query", ["since=02/30/2013", "since=2/29/2013", "until=13/01/2013"])
def test_a_date_that_does_not_exist_gets_400(campus: Campus, query: str) -> None:
    assert campus.get(f"/me/upcomingevents?{query}").status_code == 400
    assert campus.get("/me/upcomingevents?since=2/29/2012&until=12/31/2013").status_code == 200


def test_application_not_enabled_for_an_api_gets_403(campus: Campus) -> None:
    headers = {"X-Authorization": f"Access_Token access_token={other_application_token(campus, PROFESSOR)}"}
    assert campus.get(f"/courses/{ACC}/enrolledUsers", None, headers=headers).status_code == 403
    assert campus.get(f"/courses/{ACC}/enrolledUsers", PROFESSOR).status_code == 200


def test_term_of_another_campus_gets_403(campus: Campus) -> None:
    assert campus.get("/terms/71553").status_code == 403
    assert campus.get("/terms/59571").status_code == 200


def test_term_courses_of_an_unknown_term_get_404(campus: Campus) -> None:
    assert campus.get("/terms/1/courses", ADMINISTRATOR).status_code == 404


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_come_from_fault_injection_only(campus: Campus, status: int) -> None:
    response = campus.get(f"/courses/{ACC}", headers={"Prefer": f"code={status}"})
    assert response.status_code == status
    assert response.json()["error"]["message"]


def test_token_endpoint_faults_too(campus: Campus) -> None:
    response = campus.client.post("/token", data={"grant_type": "password"}, headers={"Prefer": "code=503"})
    assert response.status_code == 503


def test_persona_id_that_is_not_client_string_and_username_gets_400(campus: Campus) -> None:
    assert campus.get("/social/v1/people/manderson").status_code == 400
    assert campus.get("/social/v1/people/sandbox_nobody").status_code == 404


def test_avatar_upload_without_an_image_part_gets_400(campus: Campus) -> None:
    response = campus.call(
        "POST", "/social/v1/avatar/sandbox_manderson", files={"file": ("x.png", b"\x89PNG", "image/png")}
    )
    assert response.status_code == 400
