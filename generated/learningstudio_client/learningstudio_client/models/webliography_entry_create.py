from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webliography_entry_create_webliography_entry import WebliographyEntryCreateWebliographyEntry


T = TypeVar("T", bound="WebliographyEntryCreate")


@_attrs_define
class WebliographyEntryCreate:
    """Body of a webliography entry creation, `{"webliographyEntry": {...}}` (singular key), as sent by a third-party
    client whose calls reportedly ended in 500 errors (UNVERIFIED).

    """

    webliography_entry: WebliographyEntryCreateWebliographyEntry
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webliography_entry = self.webliography_entry.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webliographyEntry": webliography_entry,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webliography_entry_create_webliography_entry import WebliographyEntryCreateWebliographyEntry  # noqa: PLC0415

        d = dict(src_dict)
        webliography_entry = WebliographyEntryCreateWebliographyEntry.from_dict(d.pop("webliographyEntry"))

        webliography_entry_create = cls(
            webliography_entry=webliography_entry,
        )

        webliography_entry_create.additional_properties = d
        return webliography_entry_create

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
