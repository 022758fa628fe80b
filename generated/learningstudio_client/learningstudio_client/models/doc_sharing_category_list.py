from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.doc_sharing_category import DocSharingCategory


T = TypeVar("T", bound="DocSharingCategoryList")


@_attrs_define
class DocSharingCategoryList:
    """`{"docSharingCategories": [...]}`."""

    doc_sharing_categories: list[DocSharingCategory]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        doc_sharing_categories = []
        for doc_sharing_categories_item_data in self.doc_sharing_categories:
            doc_sharing_categories_item = doc_sharing_categories_item_data.to_dict()
            doc_sharing_categories.append(doc_sharing_categories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "docSharingCategories": doc_sharing_categories,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.doc_sharing_category import DocSharingCategory  # noqa: PLC0415

        d = dict(src_dict)
        doc_sharing_categories = []
        _doc_sharing_categories = d.pop("docSharingCategories")
        for doc_sharing_categories_item_data in _doc_sharing_categories:
            doc_sharing_categories_item = DocSharingCategory.from_dict(doc_sharing_categories_item_data)

            doc_sharing_categories.append(doc_sharing_categories_item)

        doc_sharing_category_list = cls(
            doc_sharing_categories=doc_sharing_categories,
        )

        doc_sharing_category_list.additional_properties = d
        return doc_sharing_category_list

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
