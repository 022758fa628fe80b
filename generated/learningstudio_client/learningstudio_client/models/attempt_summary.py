from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link
    from ..models.question_type_summary import QuestionTypeSummary


T = TypeVar("T", bound="AttemptSummary")


@_attrs_define
class AttemptSummary:
    """Results of a completed attempt: total points possible and earned, and the same broken out by question type. Essay
    and short answers may still await manual grading.

    """

    points_possible: float | Unset = UNSET
    """ Total points possible. """
    points_earned: float | Unset = UNSET
    """ Total points earned so far. """
    question_types: list[QuestionTypeSummary] | Unset = UNSET
    """ Points per question type. """
    links: list[Link] | Unset = UNSET
    """ The `links` array most LearningStudio objects carry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        points_possible = self.points_possible

        points_earned = self.points_earned

        question_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.question_types, Unset):
            question_types = []
            for question_types_item_data in self.question_types:
                question_types_item = question_types_item_data.to_dict()
                question_types.append(question_types_item)

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for componentsschemas_links_item_data in self.links:
                componentsschemas_links_item = componentsschemas_links_item_data.to_dict()
                links.append(componentsschemas_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if points_possible is not UNSET:
            field_dict["pointsPossible"] = points_possible
        if points_earned is not UNSET:
            field_dict["pointsEarned"] = points_earned
        if question_types is not UNSET:
            field_dict["questionTypes"] = question_types
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415
        from ..models.question_type_summary import QuestionTypeSummary  # noqa: PLC0415

        d = dict(src_dict)
        points_possible = d.pop("pointsPossible", UNSET)

        points_earned = d.pop("pointsEarned", UNSET)

        _question_types = d.pop("questionTypes", UNSET)
        question_types: list[QuestionTypeSummary] | Unset = UNSET
        if _question_types is not UNSET:
            question_types = []
            for question_types_item_data in _question_types:
                question_types_item = QuestionTypeSummary.from_dict(question_types_item_data)

                question_types.append(question_types_item)

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for componentsschemas_links_item_data in _links:
                componentsschemas_links_item = Link.from_dict(componentsschemas_links_item_data)

                links.append(componentsschemas_links_item)

        attempt_summary = cls(
            points_possible=points_possible,
            points_earned=points_earned,
            question_types=question_types,
            links=links,
        )

        attempt_summary.additional_properties = d
        return attempt_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
