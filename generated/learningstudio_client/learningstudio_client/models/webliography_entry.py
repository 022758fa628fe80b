from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link
    from ..models.user import User
    from ..models.webliography_entry_category import WebliographyEntryCategory
    from ..models.webliography_entry_site import WebliographyEntrySite


T = TypeVar("T", bound="WebliographyEntry")


@_attrs_define
class WebliographyEntry:
    """A course webliography (shared web link) entry."""

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    site: WebliographyEntrySite | Unset = UNSET
    submitter: User | Unset = UNSET
    """ A LearningStudio user as returned by `GET /me` and `GET /users/{userId}`. Users embedded in other resources
    (roster entries, dropbox authors, course instructors) carry a subset of these fields plus `links`, and sometimes
    `email` instead of `emailAddress`. """
    category: WebliographyEntryCategory | Unset = UNSET
    links: list[Link] | Unset = UNSET
    """ The `links` array most LearningStudio objects carry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        description = self.description

        site: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site, Unset):
            site = self.site.to_dict()

        submitter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.submitter, Unset):
            submitter = self.submitter.to_dict()

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

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
        if description is not UNSET:
            field_dict["description"] = description
        if site is not UNSET:
            field_dict["site"] = site
        if submitter is not UNSET:
            field_dict["submitter"] = submitter
        if category is not UNSET:
            field_dict["category"] = category
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415
        from ..models.webliography_entry_category import WebliographyEntryCategory  # noqa: PLC0415
        from ..models.webliography_entry_site import WebliographyEntrySite  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        _site = d.pop("site", UNSET)
        site: WebliographyEntrySite | Unset
        if isinstance(_site, Unset):
            site = UNSET
        else:
            site = WebliographyEntrySite.from_dict(_site)

        _submitter = d.pop("submitter", UNSET)
        submitter: User | Unset
        if isinstance(_submitter, Unset):
            submitter = UNSET
        else:
            submitter = User.from_dict(_submitter)

        _category = d.pop("category", UNSET)
        category: WebliographyEntryCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = WebliographyEntryCategory.from_dict(_category)

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for componentsschemas_links_item_data in _links:
                componentsschemas_links_item = Link.from_dict(componentsschemas_links_item_data)

                links.append(componentsschemas_links_item)

        webliography_entry = cls(
            id=id,
            title=title,
            description=description,
            site=site,
            submitter=submitter,
            category=category,
            links=links,
        )

        webliography_entry.additional_properties = d
        return webliography_entry

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
