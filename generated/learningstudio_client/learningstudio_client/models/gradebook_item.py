from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="GradebookItem")


@_attrs_define
class GradebookItem:
    """A column of the course gradebook. Ids are GUIDs. Items are created in the LearningStudio user interface (or as
    custom items); the API can only update some settings.

    """

    id: UUID
    """ Gradebook item GUID. """
    type_: str | Unset = UNSET
    """ Kind of item (values not documented). """
    title: str | Unset = UNSET
    points_possible: float | Unset = UNSET
    """ Points the item is worth. """
    points_possible_set: bool | Unset = UNSET
    """ Whether points possible have been set. """
    links: list[Link] | Unset = UNSET
    """ The `links` array most LearningStudio objects carry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_ = self.type_

        title = self.title

        points_possible = self.points_possible

        points_possible_set = self.points_possible_set

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if points_possible is not UNSET:
            field_dict["pointsPossible"] = points_possible
        if points_possible_set is not UNSET:
            field_dict["pointsPossibleSet"] = points_possible_set
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        type_ = d.pop("type", UNSET)

        title = d.pop("title", UNSET)

        points_possible = d.pop("pointsPossible", UNSET)

        points_possible_set = d.pop("pointsPossibleSet", UNSET)

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for componentsschemas_links_item_data in _links:
                componentsschemas_links_item = Link.from_dict(componentsschemas_links_item_data)

                links.append(componentsschemas_links_item)

        gradebook_item = cls(
            id=id,
            type_=type_,
            title=title,
            points_possible=points_possible,
            points_possible_set=points_possible_set,
            links=links,
        )

        gradebook_item.additional_properties = d
        return gradebook_item

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
