from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_category_create_custom_category import CustomCategoryCreateCustomCategory


T = TypeVar("T", bound="CustomCategoryCreate")


@_attrs_define
class CustomCategoryCreate:
    """Body that creates a custom category: `{"customCategory": {"title": ..., "isAssignable": ...}}`. The title is
    required and must not be blank or already used in the course (case-insensitive; a duplicate is a 400). Envelope
    inferred from the POST response.

    """

    custom_category: CustomCategoryCreateCustomCategory
    """ Category fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_category = self.custom_category.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customCategory": custom_category,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_category_create_custom_category import CustomCategoryCreateCustomCategory  # noqa: PLC0415

        d = dict(src_dict)
        custom_category = CustomCategoryCreateCustomCategory.from_dict(d.pop("customCategory"))

        custom_category_create = cls(
            custom_category=custom_category,
        )

        custom_category_create.additional_properties = d
        return custom_category_create

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
