from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.roster_user import RosterUser


T = TypeVar("T", bound="TeachingAssistantList")


@_attrs_define
class TeachingAssistantList:
    """`{"teachingAssistants": [...]}` (envelope key INFERRED from the course link title)."""

    teaching_assistants: list[RosterUser]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        teaching_assistants = []
        for teaching_assistants_item_data in self.teaching_assistants:
            teaching_assistants_item = teaching_assistants_item_data.to_dict()
            teaching_assistants.append(teaching_assistants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "teachingAssistants": teaching_assistants,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.roster_user import RosterUser  # noqa: PLC0415

        d = dict(src_dict)
        teaching_assistants = []
        _teaching_assistants = d.pop("teachingAssistants")
        for teaching_assistants_item_data in _teaching_assistants:
            teaching_assistants_item = RosterUser.from_dict(teaching_assistants_item_data)

            teaching_assistants.append(teaching_assistants_item)

        teaching_assistant_list = cls(
            teaching_assistants=teaching_assistants,
        )

        teaching_assistant_list.additional_properties = d
        return teaching_assistant_list

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
