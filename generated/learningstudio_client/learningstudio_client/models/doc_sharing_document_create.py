from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.doc_sharing_document_create_doc_sharing_documents_item import (
        DocSharingDocumentCreateDocSharingDocumentsItem,
    )


T = TypeVar("T", bound="DocSharingDocumentCreate")


@_attrs_define
class DocSharingDocumentCreate:
    """Body of a doc sharing upload: a one-element `docSharingDocuments` array whose `content.links` point at a file
    uploaded before with `POST /tempfiles` (`href` = the temp file's `fileLocation`, `rel` = `related`).

    """

    doc_sharing_documents: list[DocSharingDocumentCreateDocSharingDocumentsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        doc_sharing_documents = []
        for doc_sharing_documents_item_data in self.doc_sharing_documents:
            doc_sharing_documents_item = doc_sharing_documents_item_data.to_dict()
            doc_sharing_documents.append(doc_sharing_documents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "docSharingDocuments": doc_sharing_documents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.doc_sharing_document_create_doc_sharing_documents_item import (
            DocSharingDocumentCreateDocSharingDocumentsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        doc_sharing_documents = []
        _doc_sharing_documents = d.pop("docSharingDocuments")
        for doc_sharing_documents_item_data in _doc_sharing_documents:
            doc_sharing_documents_item = DocSharingDocumentCreateDocSharingDocumentsItem.from_dict(
                doc_sharing_documents_item_data
            )

            doc_sharing_documents.append(doc_sharing_documents_item)

        doc_sharing_document_create = cls(
            doc_sharing_documents=doc_sharing_documents,
        )

        doc_sharing_document_create.additional_properties = d
        return doc_sharing_document_create

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
