from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseGradeCreateGrade")


@_attrs_define
class CourseGradeCreateGrade:
    """The student and the grade fields to set."""

    user_id: int
    """ Numeric user id of the student the grade is for; a user who is not a student of the course gives 404. """
    points: float | Unset = UNSET
    """ Points earned. """
    letter_grade: str | Unset = UNSET
    """ Letter grade. """
    comments: str | Unset = UNSET
    """ Instructor comments (HTML allowed). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        points = self.points

        letter_grade = self.letter_grade

        comments = self.comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
            }
        )
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
        user_id = d.pop("userId")

        points = d.pop("points", UNSET)

        letter_grade = d.pop("letterGrade", UNSET)

        comments = d.pop("comments", UNSET)

        course_grade_create_grade = cls(
            user_id=user_id,
            points=points,
            letter_grade=letter_grade,
            comments=comments,
        )

        course_grade_create_grade.additional_properties = d
        return course_grade_create_grade

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
