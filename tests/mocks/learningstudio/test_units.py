"""The pieces the mock's behaviour is built from, tested on their own: XML, tokens, signatures, exam scoring."""

from __future__ import annotations

import json
from typing import Any

import pytest

from apicontracts.contracts import LEARNINGSTUDIO
from apicontracts.learningstudio_signing import base_string
from apicontracts.mock.engine.bodies import BodySyntaxError
from apicontracts.mock.learningstudio import examrules
from apicontracts.mock.learningstudio.oauth1 import InvalidSignature, header_params
from apicontracts.mock.learningstudio.seed import QUESTIONS, default_campus
from apicontracts.mock.learningstudio.tokens import InvalidToken, Tokens
from apicontracts.mock.learningstudio.xmlcodec import XmlBodyParser, render, singular

from .support import START, FakeClock

DOCUMENT = json.loads((LEARNINGSTUDIO.bundle_dir / "openapi.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("plural", "one"),
    [
        ("courses", "course"),
        ("textMultimedias", "textMultimedia"),
        ("docSharingCategories", "docSharingCategory"),
        ("premises", "premise"),
        ("choices", "choice"),
        ("matches", "match"),
        ("roster", "rosterMember"),
        ("links", "link"),
    ],
)
def test_array_members_are_named_with_the_singular(plural: str, one: str) -> None:
    assert singular(plural) == one


def test_xml_rendering_nests_objects_and_repeats_array_members() -> None:
    xml = render({"courses": [{"id": 1, "callNumbers": ["A", "B"], "open": True, "term": None}]})
    assert xml.endswith(
        b"<courses><course><id>1</id><callNumbers><callNumber>A</callNumber><callNumber>B</callNumber></callNumbers>"
        b"<open>true</open><term /></course></courses>"
    )


def test_xml_body_is_typed_by_its_schema() -> None:
    parse = XmlBodyParser(DOCUMENT)
    body = (
        b"<answer><questionId>7</questionId><type>manyMultipleChoice</type>"
        b"<choiceIds><choiceId>1</choiceId></choiceIds></answer>"
    )
    assert parse(body) == {"answer": {"questionId": 7, "type": "manyMultipleChoice", "choiceIds": [1]}}
    assert parse(b"<attempts><isCompleted>true</isCompleted></attempts>") == {"attempts": {"isCompleted": True}}


def test_unreadable_xml_is_a_syntax_error() -> None:
    with pytest.raises(BodySyntaxError):
        XmlBodyParser(DOCUMENT)(b"<grade>")


def test_access_token_has_the_documented_syntax_with_a_mountain_time_expiry() -> None:
    campus = default_campus()
    token = Tokens(campus, FakeClock())
    body = token.response(campus.application_id, 42, with_refresh=False)
    application, key, user, expiry, signature = body["access_token"].split("|")
    assert (application, key, user) == (campus.application_id, campus.consumer_key, "42")
    # START is 12:00 UTC; an hour later in UTC-7 is 06:00.
    assert expiry == "2026-06-01T06%3a00%3a00"
    assert len(signature) == 32


def test_expired_and_forged_tokens_are_refused() -> None:
    campus, clock = default_campus(), FakeClock()
    tokens = Tokens(campus, clock)
    token = tokens.response(campus.application_id, 42, with_refresh=True)
    assert tokens.access(token["access_token"]).user_id == 42
    with pytest.raises(InvalidToken, match="invalid"):
        tokens.access(token["access_token"][:-1] + "0")
    with pytest.raises(InvalidToken, match="invalid"):
        tokens.access(token["refresh_token"])
    clock.advance(3601)
    with pytest.raises(InvalidToken, match="expired"):
        tokens.access(token["access_token"])
    assert tokens.refresh(token["refresh_token"]).user_id == 42
    assert clock() > START


def test_base_string_follows_the_reference() -> None:
    oauth = {
        "application_id": "A",
        "oauth_consumer_key": "K",
        "oauth_nonce": "N",
        "oauth_signature_method": "CMAC-AES",
        "oauth_timestamp": "1",
    }
    text = base_string("GET", "/users/123456/upcomingevents", "since=03/01/2013&until=12/31/2013", oauth, b"")
    assert text == (
        "GET&%2Fusers%2F123456%2Fupcomingevents&application_id%3DA%26oauth_consumer_key%3DK%26oauth_nonce%3DN"
        "%26oauth_signature_method%3DCMAC-AES%26oauth_timestamp%3D1%26since%3D03%2F01%2F2013%26until%3D12%2F31%2F2013"
    )
    assert "body%3D" in base_string("PUT", "/x", "", oauth, b"{}")


def test_oauth_header_must_be_key_value_pairs() -> None:
    assert header_params('OAuth realm="r",oauth_nonce="a%2Bb"') == {"realm": "r", "oauth_nonce": "a+b"}
    with pytest.raises(InvalidSignature):
        header_params("OAuth garbage")


def test_exam_scoring_gives_points_for_right_answers_only() -> None:
    quiz = [q for q in QUESTIONS if q["sectionId"] in (31001, 31002)]
    answers: dict[int, dict[str, Any]] = {
        3200001: {"choiceId": 1},
        3200003: {"choiceIds": [23, 21]},
        3200005: {"text": " revenue RECOGNITION "},
    }
    result = examrules.summary(quiz, answers)
    assert result["pointsPossible"] == 15.0
    assert result["pointsEarned"] == 2.0 + 3.0 + 2.0


def test_a_timed_attempt_expires_after_its_duration() -> None:
    exam = {"duration": 30}
    attempt = {"isCompleted": False, "startUtc": "2026-06-01T12:00:00Z"}
    assert examrules.active(attempt, exam, START + 29 * 60)
    assert not examrules.active(attempt, exam, START + 31 * 60)
    assert examrules.active(attempt, {"duration": 0}, START + 10**6)
