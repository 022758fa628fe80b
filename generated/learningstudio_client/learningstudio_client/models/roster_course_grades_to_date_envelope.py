from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.roster_course_grade_to_date import RosterCourseGradeToDate


T = TypeVar("T", bound="RosterCourseGradesToDateEnvelope")


@_attrs_define
class RosterCourseGradesToDateEnvelope:
    """Course grades to date of the students of a course, at most 30 per page. Envelope key inferred from the route."""

    roster_course_grades_to_date: list[RosterCourseGradeToDate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        roster_course_grades_to_date: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roster_course_grades_to_date, Unset):
            roster_course_grades_to_date = []
            for roster_course_grades_to_date_item_data in self.roster_course_grades_to_date:
                roster_course_grades_to_date_item = roster_course_grades_to_date_item_data.to_dict()
                roster_course_grades_to_date.append(roster_course_grades_to_date_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if roster_course_grades_to_date is not UNSET:
            field_dict["rosterCourseGradesToDate"] = roster_course_grades_to_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.roster_course_grade_to_date import RosterCourseGradeToDate  # noqa: PLC0415

        d = dict(src_dict)
        _roster_course_grades_to_date = d.pop("rosterCourseGradesToDate", UNSET)
        roster_course_grades_to_date: list[RosterCourseGradeToDate] | Unset = UNSET
        if _roster_course_grades_to_date is not UNSET:
            roster_course_grades_to_date = []
            for roster_course_grades_to_date_item_data in _roster_course_grades_to_date:
                roster_course_grades_to_date_item = RosterCourseGradeToDate.from_dict(
                    roster_course_grades_to_date_item_data
                )

                roster_course_grades_to_date.append(roster_course_grades_to_date_item)

        roster_course_grades_to_date_envelope = cls(
            roster_course_grades_to_date=roster_course_grades_to_date,
        )

        roster_course_grades_to_date_envelope.additional_properties = d
        return roster_course_grades_to_date_envelope

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
