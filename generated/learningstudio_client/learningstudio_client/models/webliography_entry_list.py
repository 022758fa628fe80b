from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webliography_entry import WebliographyEntry


T = TypeVar("T", bound="WebliographyEntryList")


@_attrs_define
class WebliographyEntryList:
    """`{"webliographyEntries": [...]}`."""

    webliography_entries: list[WebliographyEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webliography_entries = []
        for webliography_entries_item_data in self.webliography_entries:
            webliography_entries_item = webliography_entries_item_data.to_dict()
            webliography_entries.append(webliography_entries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webliographyEntries": webliography_entries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webliography_entry import WebliographyEntry  # noqa: PLC0415

        d = dict(src_dict)
        webliography_entries = []
        _webliography_entries = d.pop("webliographyEntries")
        for webliography_entries_item_data in _webliography_entries:
            webliography_entries_item = WebliographyEntry.from_dict(webliography_entries_item_data)

            webliography_entries.append(webliography_entries_item)

        webliography_entry_list = cls(
            webliography_entries=webliography_entries,
        )

        webliography_entry_list.additional_properties = d
        return webliography_entry_list

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
