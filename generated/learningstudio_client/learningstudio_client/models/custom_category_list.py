from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_category import CustomCategory


T = TypeVar("T", bound="CustomCategoryList")


@_attrs_define
class CustomCategoryList:
    """Envelope of a course's custom gradebook categories (key inferred)."""

    custom_categories: list[CustomCategory] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_categories, Unset):
            custom_categories = []
            for custom_categories_item_data in self.custom_categories:
                custom_categories_item = custom_categories_item_data.to_dict()
                custom_categories.append(custom_categories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_categories is not UNSET:
            field_dict["customCategories"] = custom_categories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_category import CustomCategory  # noqa: PLC0415

        d = dict(src_dict)
        _custom_categories = d.pop("customCategories", UNSET)
        custom_categories: list[CustomCategory] | Unset = UNSET
        if _custom_categories is not UNSET:
            custom_categories = []
            for custom_categories_item_data in _custom_categories:
                custom_categories_item = CustomCategory.from_dict(custom_categories_item_data)

                custom_categories.append(custom_categories_item)

        custom_category_list = cls(
            custom_categories=custom_categories,
        )

        custom_category_list.additional_properties = d
        return custom_category_list

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
