from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.roster_user import RosterUser


T = TypeVar("T", bound="RosterList")


@_attrs_define
class RosterList:
    """`{"roster": [...]}`: every enrolled user with `roleType` and `personaId`."""

    roster: list[RosterUser]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        roster = []
        for roster_item_data in self.roster:
            roster_item = roster_item_data.to_dict()
            roster.append(roster_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roster": roster,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.roster_user import RosterUser  # noqa: PLC0415

        d = dict(src_dict)
        roster = []
        _roster = d.pop("roster")
        for roster_item_data in _roster:
            roster_item = RosterUser.from_dict(roster_item_data)

            roster.append(roster_item)

        roster_list = cls(
            roster=roster,
        )

        roster_list.additional_properties = d
        return roster_list

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
