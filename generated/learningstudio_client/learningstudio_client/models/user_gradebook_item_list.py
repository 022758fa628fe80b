from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_gradebook_item import UserGradebookItem


T = TypeVar("T", bound="UserGradebookItemList")


@_attrs_define
class UserGradebookItemList:
    """Envelope of user gradebook items (a single-item GET returns a one-element array, inferred)."""

    user_gradebook_items: list[UserGradebookItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_gradebook_items = []
        for user_gradebook_items_item_data in self.user_gradebook_items:
            user_gradebook_items_item = user_gradebook_items_item_data.to_dict()
            user_gradebook_items.append(user_gradebook_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userGradebookItems": user_gradebook_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_gradebook_item import UserGradebookItem  # noqa: PLC0415

        d = dict(src_dict)
        user_gradebook_items = []
        _user_gradebook_items = d.pop("userGradebookItems")
        for user_gradebook_items_item_data in _user_gradebook_items:
            user_gradebook_items_item = UserGradebookItem.from_dict(user_gradebook_items_item_data)

            user_gradebook_items.append(user_gradebook_items_item)

        user_gradebook_item_list = cls(
            user_gradebook_items=user_gradebook_items,
        )

        user_gradebook_item_list.additional_properties = d
        return user_gradebook_item_list

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
