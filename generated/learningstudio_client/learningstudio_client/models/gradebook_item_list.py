from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.gradebook_item import GradebookItem


T = TypeVar("T", bound="GradebookItemList")


@_attrs_define
class GradebookItemList:
    """Envelope of gradebook items (a single-item GET returns a one-element array)."""

    gradebook_items: list[GradebookItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gradebook_items = []
        for gradebook_items_item_data in self.gradebook_items:
            gradebook_items_item = gradebook_items_item_data.to_dict()
            gradebook_items.append(gradebook_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gradebookItems": gradebook_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gradebook_item import GradebookItem  # noqa: PLC0415

        d = dict(src_dict)
        gradebook_items = []
        _gradebook_items = d.pop("gradebookItems")
        for gradebook_items_item_data in _gradebook_items:
            gradebook_items_item = GradebookItem.from_dict(gradebook_items_item_data)

            gradebook_items.append(gradebook_items_item)

        gradebook_item_list = cls(
            gradebook_items=gradebook_items,
        )

        gradebook_item_list.additional_properties = d
        return gradebook_item_list

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
