from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomCategoryCreateCustomCategory")


@_attrs_define
class CustomCategoryCreateCustomCategory:
    """Category fields."""

    title: str
    """ Category title, unique in the course. """
    is_assignable: bool | Unset = UNSET
    """ Whether items can be assigned to it (default true). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        is_assignable = self.is_assignable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if is_assignable is not UNSET:
            field_dict["isAssignable"] = is_assignable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        is_assignable = d.pop("isAssignable", UNSET)

        custom_category_create_custom_category = cls(
            title=title,
            is_assignable=is_assignable,
        )

        custom_category_create_custom_category.additional_properties = d
        return custom_category_create_custom_category

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
