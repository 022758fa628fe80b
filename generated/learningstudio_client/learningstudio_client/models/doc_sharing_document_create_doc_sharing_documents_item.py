from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.temp_file_links import TempFileLinks


T = TypeVar("T", bound="DocSharingDocumentCreateDocSharingDocumentsItem")


@_attrs_define
class DocSharingDocumentCreateDocSharingDocumentsItem:
    content: TempFileLinks
    """ Reference to uploaded temporary files: `{"links": [{"href": "{tempFile.fileLocation}", "rel": "related"}]}`
    (pattern used by doc sharing uploads). """
    file_description: str | Unset = UNSET
    is_shared_with_instructor_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content.to_dict()

        file_description = self.file_description

        is_shared_with_instructor_only = self.is_shared_with_instructor_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if file_description is not UNSET:
            field_dict["fileDescription"] = file_description
        if is_shared_with_instructor_only is not UNSET:
            field_dict["isSharedWithInstructorOnly"] = is_shared_with_instructor_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.temp_file_links import TempFileLinks  # noqa: PLC0415

        d = dict(src_dict)
        content = TempFileLinks.from_dict(d.pop("content"))

        file_description = d.pop("fileDescription", UNSET)

        is_shared_with_instructor_only = d.pop("isSharedWithInstructorOnly", UNSET)

        doc_sharing_document_create_doc_sharing_documents_item = cls(
            content=content,
            file_description=file_description,
            is_shared_with_instructor_only=is_shared_with_instructor_only,
        )

        doc_sharing_document_create_doc_sharing_documents_item.additional_properties = d
        return doc_sharing_document_create_doc_sharing_documents_item

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
