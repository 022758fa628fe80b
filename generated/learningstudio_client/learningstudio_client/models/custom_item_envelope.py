from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_item import CustomItem


T = TypeVar("T", bound="CustomItemEnvelope")


@_attrs_define
class CustomItemEnvelope:
    """One custom item under the singular key `customItem` (the POST response read by the library)."""

    custom_item: CustomItem
    """ A custom gradebook item: associates a custom category with a course unit. Fields are not documented; `guid`
    is inferred by analogy with custom categories. """
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
        from ..models.custom_item import CustomItem  # noqa: PLC0415

        d = dict(src_dict)
        custom_item = CustomItem.from_dict(d.pop("customItem"))

        custom_item_envelope = cls(
            custom_item=custom_item,
        )

        custom_item_envelope.additional_properties = d
        return custom_item_envelope

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
