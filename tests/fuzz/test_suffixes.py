"""The suffix-less form of `{format}`, which schemathesis never generates, is sent by the harness:
half of the `.json` values become `""`, which selects the same representation."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from apicontracts.contracts import ASSIGNR, LEARNINGSTUDIO
from apicontracts.fuzz.suffixes import bare_suffix_hook, bare_suffixes

HOOK = bare_suffix_hook(LEARNINGSTUDIO)


def test_only_values_that_select_what_no_suffix_selects_may_become_bare() -> None:
    assert bare_suffixes(LEARNINGSTUDIO) == {"format": [".json"]}
    assert bare_suffixes(ASSIGNR) == {}


@settings(max_examples=50, database=None)
@given(st.data())
def test_json_becomes_bare_or_stays_and_nothing_else_changes(data: st.DataObject) -> None:
    params: dict[str, Any] = {"courseId": "4855840", "format": ".json"}
    drawn = data.draw(HOOK(None, params))
    assert drawn["format"] in ("", ".json") and drawn["courseId"] == "4855840"
    for kept in ({"courseId": "1", "format": ".xml"}, {"courseId": "1", "format": "AAA"}, {"courseId": "1"}, None):
        assert data.draw(HOOK(None, kept)) == kept


def test_both_forms_are_drawn() -> None:
    seen: set[str] = set()

    @settings(max_examples=30, database=None)
    @given(HOOK(None, {"format": ".json"}))
    def draw(params: dict[str, Any]) -> None:
        seen.add(params["format"])

    draw()
    assert seen == {"", ".json"}
