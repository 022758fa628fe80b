from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="MsOfficeDocument")


@_attrs_define
class MsOfficeDocument:
    """An MS Office document content item; its content is the document converted to HTML, its original document the
    uploaded file.

    """

    id: int | Unset = UNSET
    """ Content item id of the MS Office document item. """
    title: str | Unset = UNSET
    content_url: str | Unset = UNSET
    """ Absolute URL of the item's content (HTML), e.g. `.../content.html`. """
    links: list[Link] | Unset = UNSET
    """ The `links` array most LearningStudio objects carry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        content_url = self.content_url

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
        if title is not UNSET:
            field_dict["title"] = title
        if content_url is not UNSET:
            field_dict["contentUrl"] = content_url
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        content_url = d.pop("contentUrl", UNSET)

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for componentsschemas_links_item_data in _links:
                componentsschemas_links_item = Link.from_dict(componentsschemas_links_item_data)

                links.append(componentsschemas_links_item)

        ms_office_document = cls(
            id=id,
            title=title,
            content_url=content_url,
            links=links,
        )

        ms_office_document.additional_properties = d
        return ms_office_document

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
