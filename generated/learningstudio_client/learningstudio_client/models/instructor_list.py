from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.roster_user import RosterUser


T = TypeVar("T", bound="InstructorList")


@_attrs_define
class InstructorList:
    """`{"instructors": [...]}`: the course professors."""

    instructors: list[RosterUser]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instructors = []
        for instructors_item_data in self.instructors:
            instructors_item = instructors_item_data.to_dict()
            instructors.append(instructors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instructors": instructors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.roster_user import RosterUser  # noqa: PLC0415

        d = dict(src_dict)
        instructors = []
        _instructors = d.pop("instructors")
        for instructors_item_data in _instructors:
            instructors_item = RosterUser.from_dict(instructors_item_data)

            instructors.append(instructors_item)

        instructor_list = cls(
            instructors=instructors,
        )

        instructor_list.additional_properties = d
        return instructor_list

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
