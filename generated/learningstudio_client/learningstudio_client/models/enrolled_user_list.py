from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.enrolled_user import EnrolledUser


T = TypeVar("T", bound="EnrolledUserList")


@_attrs_define
class EnrolledUserList:
    """`{"enrolledUsers": [...]}` (eCollege WP7 model; INFERRED)."""

    enrolled_users: list[EnrolledUser]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enrolled_users = []
        for enrolled_users_item_data in self.enrolled_users:
            enrolled_users_item = enrolled_users_item_data.to_dict()
            enrolled_users.append(enrolled_users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enrolledUsers": enrolled_users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enrolled_user import EnrolledUser  # noqa: PLC0415

        d = dict(src_dict)
        enrolled_users = []
        _enrolled_users = d.pop("enrolledUsers")
        for enrolled_users_item_data in _enrolled_users:
            enrolled_users_item = EnrolledUser.from_dict(enrolled_users_item_data)

            enrolled_users.append(enrolled_users_item)

        enrolled_user_list = cls(
            enrolled_users=enrolled_users,
        )

        enrolled_user_list.additional_properties = d
        return enrolled_user_list

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
