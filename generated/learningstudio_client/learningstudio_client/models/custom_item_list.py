from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_item import CustomItem


T = TypeVar("T", bound="CustomItemList")


@_attrs_define
class CustomItemList:
    """Envelope of a custom category's custom items (key inferred)."""

    custom_items: list[CustomItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_items, Unset):
            custom_items = []
            for custom_items_item_data in self.custom_items:
                custom_items_item = custom_items_item_data.to_dict()
                custom_items.append(custom_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_items is not UNSET:
            field_dict["customItems"] = custom_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_item import CustomItem  # noqa: PLC0415

        d = dict(src_dict)
        _custom_items = d.pop("customItems", UNSET)
        custom_items: list[CustomItem] | Unset = UNSET
        if _custom_items is not UNSET:
            custom_items = []
            for custom_items_item_data in _custom_items:
                custom_items_item = CustomItem.from_dict(custom_items_item_data)

                custom_items.append(custom_items_item)

        custom_item_list = cls(
            custom_items=custom_items,
        )

        custom_item_list.additional_properties = d
        return custom_item_list

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
