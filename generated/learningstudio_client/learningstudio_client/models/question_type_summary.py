from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuestionTypeSummary")


@_attrs_define
class QuestionTypeSummary:
    """Points possible and earned in a completed attempt for one question type."""

    type_: str
    """ Question type. Known values: `trueFalse`, `multipleChoice`, `manyMultipleChoice`, `matching`, `short`,
    `essay`, `fillInTheBlank`; each selects the `{type}Questions/{questionId}` route that returns its detail.
    Pearson's libraries compare it case-insensitively, so it is not restricted to an enum here. """
    question_count: int | Unset = UNSET
    """ Number of questions of this type. """
    points_possible: float | Unset = UNSET
    """ Points possible for this type. """
    points_earned: float | Unset = UNSET
    """ Points earned for this type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        question_count = self.question_count

        points_possible = self.points_possible

        points_earned = self.points_earned

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if question_count is not UNSET:
            field_dict["questionCount"] = question_count
        if points_possible is not UNSET:
            field_dict["pointsPossible"] = points_possible
        if points_earned is not UNSET:
            field_dict["pointsEarned"] = points_earned

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        question_count = d.pop("questionCount", UNSET)

        points_possible = d.pop("pointsPossible", UNSET)

        points_earned = d.pop("pointsEarned", UNSET)

        question_type_summary = cls(
            type_=type_,
            question_count=question_count,
            points_possible=points_possible,
            points_earned=points_earned,
        )

        question_type_summary.additional_properties = d
        return question_type_summary

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
