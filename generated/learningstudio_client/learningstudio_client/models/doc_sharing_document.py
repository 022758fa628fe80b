from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.doc_sharing_document_submitter import DocSharingDocumentSubmitter
    from ..models.link import Link


T = TypeVar("T", bound="DocSharingDocument")


@_attrs_define
class DocSharingDocument:
    """A shared document in a doc sharing category."""

    id: int | Unset = UNSET
    file_name: str | Unset = UNSET
    file_description: str | Unset = UNSET
    uploaded_time: str | Unset = UNSET
    is_shared_with_instructor_only: bool | Unset = UNSET
    submitter: DocSharingDocumentSubmitter | Unset = UNSET
    links: list[Link] | Unset = UNSET
    """ The `links` array most LearningStudio objects carry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        file_name = self.file_name

        file_description = self.file_description

        uploaded_time = self.uploaded_time

        is_shared_with_instructor_only = self.is_shared_with_instructor_only

        submitter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.submitter, Unset):
            submitter = self.submitter.to_dict()

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for componentsschemas_links_item_data in self.links:
                componentsschemas_links_item = componentsschemas_links_item_data.to_dict()
                links.append(componentsschemas_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if file_description is not UNSET:
            field_dict["fileDescription"] = file_description
        if uploaded_time is not UNSET:
            field_dict["uploadedTime"] = uploaded_time
        if is_shared_with_instructor_only is not UNSET:
            field_dict["isSharedWithInstructorOnly"] = is_shared_with_instructor_only
        if submitter is not UNSET:
            field_dict["submitter"] = submitter
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.doc_sharing_document_submitter import DocSharingDocumentSubmitter  # noqa: PLC0415
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        file_name = d.pop("fileName", UNSET)

        file_description = d.pop("fileDescription", UNSET)

        uploaded_time = d.pop("uploadedTime", UNSET)

        is_shared_with_instructor_only = d.pop("isSharedWithInstructorOnly", UNSET)

        _submitter = d.pop("submitter", UNSET)
        submitter: DocSharingDocumentSubmitter | Unset
        if isinstance(_submitter, Unset):
            submitter = UNSET
        else:
            submitter = DocSharingDocumentSubmitter.from_dict(_submitter)

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for componentsschemas_links_item_data in _links:
                componentsschemas_links_item = Link.from_dict(componentsschemas_links_item_data)

                links.append(componentsschemas_links_item)

        doc_sharing_document = cls(
            id=id,
            file_name=file_name,
            file_description=file_description,
            uploaded_time=uploaded_time,
            is_shared_with_instructor_only=is_shared_with_instructor_only,
            submitter=submitter,
            links=links,
        )

        doc_sharing_document.additional_properties = d
        return doc_sharing_document

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
