from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.roster_user import RosterUser


T = TypeVar("T", bound="RosterMemberEnvelope")


@_attrs_define
class RosterMemberEnvelope:
    """`{"rosterMember": {...}}`: one roster entry (singular key)."""

    roster_member: RosterUser
    """ A user as listed in a course roster (`instructors`, `teachingAssistants`, `students`, `roster`,
    `rosterMember`). Roster entries add `roleType` and `personaId`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        roster_member = self.roster_member.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rosterMember": roster_member,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.roster_user import RosterUser  # noqa: PLC0415

        d = dict(src_dict)
        roster_member = RosterUser.from_dict(d.pop("rosterMember"))

        roster_member_envelope = cls(
            roster_member=roster_member,
        )

        roster_member_envelope.additional_properties = d
        return roster_member_envelope

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
