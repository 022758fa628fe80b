"""A declared media range such as `image/*` admits every subtype; a concrete type only itself."""

from __future__ import annotations

from apicontracts.fuzz.checks import matches


def test_a_concrete_declared_type_matches_only_itself() -> None:
    assert matches("application/json", "application/json")
    assert not matches("application/xml", "application/json")


def test_ranges_match_their_subtypes() -> None:
    assert matches("image/png", "image/*")
    assert matches("text/html", "*/*")
    assert not matches("text/png", "image/*")


def test_a_body_without_content_type_matches_nothing() -> None:
    assert not matches(None, "*/*")
