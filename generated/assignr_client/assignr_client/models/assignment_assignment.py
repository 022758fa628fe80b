from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssignmentAssignment")


@_attrs_define
class AssignmentAssignment:
    """Body of `POST /assignments/{assignment_id}/assign`: the official to put into the slot. The only client that calls it
    (GDN) tries `user_id` first and `official_id` second, so both are accepted; one of them is required (inferred: a
    slot cannot be filled without an official).

    """

    user_id: int | Unset = UNSET
    """ User id of the official (first attempt in GDN). """
    official_id: int | Unset = UNSET
    """ Same id under another name (GDN's fallback). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        official_id = self.official_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if official_id is not UNSET:
            field_dict["official_id"] = official_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        official_id = d.pop("official_id", UNSET)

        assignment_assignment = cls(
            user_id=user_id,
            official_id=official_id,
        )

        assignment_assignment.additional_properties = d
        return assignment_assignment

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
