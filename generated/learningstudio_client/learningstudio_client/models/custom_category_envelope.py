from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_category import CustomCategory


T = TypeVar("T", bound="CustomCategoryEnvelope")


@_attrs_define
class CustomCategoryEnvelope:
    """One custom category under the singular key `customCategory` (the POST response read by the library)."""

    custom_category: CustomCategory
    """ A custom gradebook category. Titles must be unique within the course. The library reads the new category's
    id from `guid`. """
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
        from ..models.custom_category import CustomCategory  # noqa: PLC0415

        d = dict(src_dict)
        custom_category = CustomCategory.from_dict(d.pop("customCategory"))

        custom_category_envelope = cls(
            custom_category=custom_category,
        )

        custom_category_envelope.additional_properties = d
        return custom_category_envelope

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
