from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dropbox_basket import DropboxBasket


T = TypeVar("T", bound="DropboxBasketList")


@_attrs_define
class DropboxBasketList:
    """`{"dropboxBaskets": [...]}`; a one-element array for a single basket (INFERRED)."""

    dropbox_baskets: list[DropboxBasket]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dropbox_baskets = []
        for dropbox_baskets_item_data in self.dropbox_baskets:
            dropbox_baskets_item = dropbox_baskets_item_data.to_dict()
            dropbox_baskets.append(dropbox_baskets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dropboxBaskets": dropbox_baskets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dropbox_basket import DropboxBasket  # noqa: PLC0415

        d = dict(src_dict)
        dropbox_baskets = []
        _dropbox_baskets = d.pop("dropboxBaskets")
        for dropbox_baskets_item_data in _dropbox_baskets:
            dropbox_baskets_item = DropboxBasket.from_dict(dropbox_baskets_item_data)

            dropbox_baskets.append(dropbox_baskets_item)

        dropbox_basket_list = cls(
            dropbox_baskets=dropbox_baskets,
        )

        dropbox_basket_list.additional_properties = d
        return dropbox_basket_list

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
