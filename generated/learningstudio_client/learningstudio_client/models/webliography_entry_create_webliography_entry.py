from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webliography_entry_create_webliography_entry_category import (
        WebliographyEntryCreateWebliographyEntryCategory,
    )
    from ..models.webliography_entry_create_webliography_entry_site import WebliographyEntryCreateWebliographyEntrySite
    from ..models.webliography_entry_create_webliography_entry_submitter import (
        WebliographyEntryCreateWebliographyEntrySubmitter,
    )


T = TypeVar("T", bound="WebliographyEntryCreateWebliographyEntry")


@_attrs_define
class WebliographyEntryCreateWebliographyEntry:
    title: str
    site: WebliographyEntryCreateWebliographyEntrySite
    description: str | Unset = UNSET
    submitter: WebliographyEntryCreateWebliographyEntrySubmitter | Unset = UNSET
    category: WebliographyEntryCreateWebliographyEntryCategory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        site = self.site.to_dict()

        description = self.description

        submitter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.submitter, Unset):
            submitter = self.submitter.to_dict()

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "site": site,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if submitter is not UNSET:
            field_dict["submitter"] = submitter
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webliography_entry_create_webliography_entry_category import (
            WebliographyEntryCreateWebliographyEntryCategory,  # noqa: PLC0415
        )
        from ..models.webliography_entry_create_webliography_entry_site import (
            WebliographyEntryCreateWebliographyEntrySite,  # noqa: PLC0415
        )
        from ..models.webliography_entry_create_webliography_entry_submitter import (
            WebliographyEntryCreateWebliographyEntrySubmitter,  # noqa: PLC0415
        )

        d = dict(src_dict)
        title = d.pop("title")

        site = WebliographyEntryCreateWebliographyEntrySite.from_dict(d.pop("site"))

        description = d.pop("description", UNSET)

        _submitter = d.pop("submitter", UNSET)
        submitter: WebliographyEntryCreateWebliographyEntrySubmitter | Unset
        if isinstance(_submitter, Unset):
            submitter = UNSET
        else:
            submitter = WebliographyEntryCreateWebliographyEntrySubmitter.from_dict(_submitter)

        _category = d.pop("category", UNSET)
        category: WebliographyEntryCreateWebliographyEntryCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = WebliographyEntryCreateWebliographyEntryCategory.from_dict(_category)

        webliography_entry_create_webliography_entry = cls(
            title=title,
            site=site,
            description=description,
            submitter=submitter,
            category=category,
        )

        webliography_entry_create_webliography_entry.additional_properties = d
        return webliography_entry_create_webliography_entry

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
