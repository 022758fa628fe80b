from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_item_write_custom_item import CustomItemWriteCustomItem


T = TypeVar("T", bound="CustomItemWrite")


@_attrs_define
class CustomItemWrite:
    """Body that creates a custom item. It associates the category with a course unit: the payload carries a unit id (12
    digits, starting with `200`). The field name `unitId` is inferred; other fields are unknown, so the inner object is
    free-form.

    """

    custom_item: CustomItemWriteCustomItem
    """ Custom item fields, including the unit id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_item = self.custom_item.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customItem": custom_item,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_item_write_custom_item import CustomItemWriteCustomItem  # noqa: PLC0415

        d = dict(src_dict)
        custom_item = CustomItemWriteCustomItem.from_dict(d.pop("customItem"))

        custom_item_write = cls(
            custom_item=custom_item,
        )

        custom_item_write.additional_properties = d
        return custom_item_write

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
