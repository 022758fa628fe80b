from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.roster_user import RosterUser


T = TypeVar("T", bound="StudentList")


@_attrs_define
class StudentList:
    """`{"students": [...]}`: students enrolled in the course."""

    students: list[RosterUser]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        students = []
        for students_item_data in self.students:
            students_item = students_item_data.to_dict()
            students.append(students_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "students": students,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.roster_user import RosterUser  # noqa: PLC0415

        d = dict(src_dict)
        students = []
        _students = d.pop("students")
        for students_item_data in _students:
            students_item = RosterUser.from_dict(students_item_data)

            students.append(students_item)

        student_list = cls(
            students=students,
        )

        student_list.additional_properties = d
        return student_list

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
