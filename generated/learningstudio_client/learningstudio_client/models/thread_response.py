from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link
    from ..models.thread_response_author import ThreadResponseAuthor


T = TypeVar("T", bound="ThreadResponse")


@_attrs_define
class ThreadResponse:
    """A post ("response") in a topic, at any level: a top-level post answers the topic, a reply answers another post."""

    id: int
    """ Numeric response id. """
    title: str | Unset = UNSET
    """ Subject line. """
    description: str | Unset = UNSET
    """ Body of the post (HTML). """
    author: ThreadResponseAuthor | Unset = UNSET
    """ Author of a thread response (post): id, names and e-mail. Some embedded user objects use `email` instead of
    `emailAddress`. """
    posted_date: datetime.datetime | Unset = UNSET
    """ When the post was made (UTC). """
    links: list[Link] | Unset = UNSET
    """ The `links` array most LearningStudio objects carry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        description = self.description

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        posted_date: str | Unset = UNSET
        if not isinstance(self.posted_date, Unset):
            posted_date = self.posted_date.isoformat()

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for componentsschemas_links_item_data in self.links:
                componentsschemas_links_item = componentsschemas_links_item_data.to_dict()
                links.append(componentsschemas_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if author is not UNSET:
            field_dict["author"] = author
        if posted_date is not UNSET:
            field_dict["postedDate"] = posted_date
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415
        from ..models.thread_response_author import ThreadResponseAuthor  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        _author = d.pop("author", UNSET)
        author: ThreadResponseAuthor | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = ThreadResponseAuthor.from_dict(_author)

        _posted_date = d.pop("postedDate", UNSET)
        posted_date: datetime.datetime | Unset
        if isinstance(_posted_date, Unset):
            posted_date = UNSET
        else:
            posted_date = datetime.datetime.fromisoformat(_posted_date)

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for componentsschemas_links_item_data in _links:
                componentsschemas_links_item = Link.from_dict(componentsschemas_links_item_data)

                links.append(componentsschemas_links_item)

        thread_response = cls(
            id=id,
            title=title,
            description=description,
            author=author,
            posted_date=posted_date,
            links=links,
        )

        thread_response.additional_properties = d
        return thread_response

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
