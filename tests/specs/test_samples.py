"""Every real payload in ../shared/samples/ validates against the operation it answers.

A sample that fails means the spec is wrong, unless the reference says why the sample is odd;
those are skipped below with the reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from apicontracts.bundle import build_bundle
from apicontracts.contracts import APIS, ROOT
from apicontracts.schemas import response_schema_pointer, subschema_pointer, validator_for

SAMPLES = ROOT.parent / "shared" / "samples"


@dataclass(frozen=True)
class Sample:
    api: str
    file: str
    method: str = "get"
    path: str = ""
    status: str = "200"
    # Where in the response body the sample sits (`_embedded.games[]`), empty for the whole body.
    within: str = ""
    skip: str = ""


ASSIGNR = [
    Sample("assignr", "sites_list__coastalyouthsoccer.json", path="/sites"),
    Sample("assignr", "user_get__coastalyouthsoccer.json", path="/users/{user_id}"),
    Sample("assignr", "user_availability_list__coastalyouthsoccer.json", path="/users/{user_id}/availability"),
    Sample(
        "assignr",
        "form_template_submissions_list__coastalyouthsoccer.json",
        path="/form/templates/{template_id}/submissions",
    ),
    Sample("assignr", "site_games_list_trimmed__coastalyouthsoccer.json", path="/sites/{site_id}/games"),
    Sample(
        "assignr",
        "game_embedded_assignments__coastalyouthsoccer.json",
        path="/sites/{site_id}/games",
        within="_embedded.games[]._embedded.assignments",
    ),
    Sample(
        "assignr",
        "game_report_embedded_officials__coastalyouthsoccer.json",
        path="/sites/{site_id}/game_reports",
        within="_embedded.game_reports[]._embedded.officials",
    ),
]
LEGACY = "legacy eCollege m-api route, not part of api.learningstudio.com (reference 5.x 'Legacy [ECOL]')"
LEARNINGSTUDIO = [
    Sample("learningstudio", "ecollege-m-api_GET_me.json", path="/me{format}"),
    Sample("learningstudio", "ecollege-m-api_GET_users_userId.json", path="/users/{userId}{format}"),
    Sample("learningstudio", "ecollege-m-api_GET_courses_courseId.json", path="/courses/{courseId}{format}"),
    Sample(
        "learningstudio", "ecollege-m-api_GET_me_courses_expand_course_instructors.json", path="/me/courses{format}"
    ),
    Sample(
        "learningstudio",
        "ecollege-m-api_whatshappeningfeed_activityStream_item.json",
        path="/me/whatshappeningfeed{format}",
        within="activityStream.items[]",
    ),
    *[
        Sample(
            "learningstudio",
            f"ecollege-m-api_whatshappeningfeed_{part}.json",
            path="/me/whatshappeningfeed{format}",
            within=f"activityStream.items[].{part}",
        )
        for part in ("actor", "object", "target")
    ],
    Sample("learningstudio", "ecollege-m-api_GET_me_currentcourses.json", skip=LEGACY),
    Sample("learningstudio", "ecollege-m-api_GET_me_courseitemgrades.json", skip=LEGACY),
    Sample("learningstudio", "ecollege-m-api_GET_me_baskets_submissions.json", skip=LEGACY),
    Sample("learningstudio", "ecollege-m-api_GET_me_userannouncements.json", skip=LEGACY),
    Sample("learningstudio", "ecollege-m-api_GET_me_userTopics.json", skip=LEGACY),
    Sample(
        "learningstudio",
        "lightpath-mock_GET_me_courses_expand_course.json",
        skip="not valid JSON: a hand-made mock with leading-zero numbers (samples README)",
    ),
    Sample(
        "learningstudio",
        "ecollege-android-doc-template_GET_courses_dropboxBaskets_messages.json",
        skip="not valid JSON: a documentation template with {placeholders} (samples README)",
    ),
]
ALL = ASSIGNR + LEARNINGSTUDIO


@cache
def document(api: str) -> dict[str, Any]:
    return build_bundle(APIS[api]).document


@pytest.mark.parametrize("sample", ALL, ids=[s.file for s in ALL])
def test_sample_validates_against_its_operation(sample: Sample) -> None:
    if sample.skip:
        pytest.skip(sample.skip)
    doc = document(sample.api)
    pointer = response_schema_pointer(doc, sample.method, sample.path, sample.status)
    if sample.within:
        pointer = subschema_pointer(doc, pointer, sample.within)
    payload = json.loads((SAMPLES / sample.api / sample.file).read_text(encoding="utf-8"))
    errors = sorted(validator_for(doc, pointer).iter_errors(payload), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"/{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:10])


def test_every_sample_file_is_accounted_for() -> None:
    for api in APIS:
        on_disk = {p.name for p in (SAMPLES / api).glob("*.json")}
        listed = {s.file for s in ALL if s.api == api}
        assert on_disk == listed, f"samples not covered for {api}: {sorted(on_disk ^ listed)}"


def test_samples_folder_is_beside_the_repository() -> None:
    assert Path(SAMPLES).is_dir(), f"{SAMPLES} missing: clone ../shared beside the repository"
