from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ms_office_document import MsOfficeDocument


T = TypeVar("T", bound="MsOfficeDocumentList")


@_attrs_define
class MsOfficeDocumentList:
    """`{"msOfficeDocuments": [...]}`; a one-element array for a single item."""

    ms_office_documents: list[MsOfficeDocument]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ms_office_documents = []
        for ms_office_documents_item_data in self.ms_office_documents:
            ms_office_documents_item = ms_office_documents_item_data.to_dict()
            ms_office_documents.append(ms_office_documents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msOfficeDocuments": ms_office_documents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ms_office_document import MsOfficeDocument  # noqa: PLC0415

        d = dict(src_dict)
        ms_office_documents = []
        _ms_office_documents = d.pop("msOfficeDocuments")
        for ms_office_documents_item_data in _ms_office_documents:
            ms_office_documents_item = MsOfficeDocument.from_dict(ms_office_documents_item_data)

            ms_office_documents.append(ms_office_documents_item)

        ms_office_document_list = cls(
            ms_office_documents=ms_office_documents,
        )

        ms_office_document_list.additional_properties = d
        return ms_office_document_list

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
