from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.course_grade_to_date import CourseGradeToDate


T = TypeVar("T", bound="CourseGradeToDateEnvelope")


@_attrs_define
class CourseGradeToDateEnvelope:
    """One course grade to date under the singular key `courseGradeToDate`."""

    course_grade_to_date: CourseGradeToDate
    """ A student's course grade so far. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_grade_to_date = self.course_grade_to_date.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "courseGradeToDate": course_grade_to_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_grade_to_date import CourseGradeToDate  # noqa: PLC0415

        d = dict(src_dict)
        course_grade_to_date = CourseGradeToDate.from_dict(d.pop("courseGradeToDate"))

        course_grade_to_date_envelope = cls(
            course_grade_to_date=course_grade_to_date,
        )

        course_grade_to_date_envelope.additional_properties = d
        return course_grade_to_date_envelope

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
