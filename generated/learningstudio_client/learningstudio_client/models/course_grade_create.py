from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.course_grade_create_grade import CourseGradeCreateGrade


T = TypeVar("T", bound="CourseGradeCreate")


@_attrs_define
class CourseGradeCreate:
    """Body that creates a grade in the teacher view of a gradebook item (`POST .../grades`): the grade fields and the
    student it is for, `{"grade": {"userId": ..., "points": ...}}`. Pearson's payload was not retrievable; that the
    student must be named is implied by the route (the user routes name the student in their path), the field name
    `userId` is inferred from the grade's `user` link.

    """

    grade: CourseGradeCreateGrade
    """ The student and the grade fields to set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grade = self.grade.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grade": grade,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_grade_create_grade import CourseGradeCreateGrade  # noqa: PLC0415

        d = dict(src_dict)
        grade = CourseGradeCreateGrade.from_dict(d.pop("grade"))

        course_grade_create = cls(
            grade=grade,
        )

        course_grade_create.additional_properties = d
        return course_grade_create

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
