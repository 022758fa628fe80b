from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GradeWriteGrade")


@_attrs_define
class GradeWriteGrade:
    """The grade fields to set."""

    points: float | Unset = UNSET
    """ Points earned. """
    letter_grade: str | Unset = UNSET
    """ Letter grade. """
    comments: str | Unset = UNSET
    """ Instructor comments (HTML allowed). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        points = self.points

        letter_grade = self.letter_grade

        comments = self.comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if points is not UNSET:
            field_dict["points"] = points
        if letter_grade is not UNSET:
            field_dict["letterGrade"] = letter_grade
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        points = d.pop("points", UNSET)

        letter_grade = d.pop("letterGrade", UNSET)

        comments = d.pop("comments", UNSET)

        grade_write_grade = cls(
            points=points,
            letter_grade=letter_grade,
            comments=comments,
        )

        grade_write_grade.additional_properties = d
        return grade_write_grade

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
