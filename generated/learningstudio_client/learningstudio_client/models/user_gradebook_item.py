from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gradebook_item import GradebookItem
    from ..models.link import Link


T = TypeVar("T", bound="UserGradebookItem")


@_attrs_define
class UserGradebookItem:
    """A gradebook item as seen by one user. With `expand=grade` the user's grade is embedded in the grade link
    (`links[].grade`).

    """

    id: str
    """ Composite id `{userId}-{gradebookItemGuid}`. """
    gradebook_item: GradebookItem | Unset = UNSET
    """ A column of the course gradebook. Ids are GUIDs. Items are created in the LearningStudio user interface (or
    as custom items); the API can only update some settings. """
    links: list[Link] | Unset = UNSET
    """ The `links` array most LearningStudio objects carry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        gradebook_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gradebook_item, Unset):
            gradebook_item = self.gradebook_item.to_dict()

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
        if gradebook_item is not UNSET:
            field_dict["gradebookItem"] = gradebook_item
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gradebook_item import GradebookItem  # noqa: PLC0415
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _gradebook_item = d.pop("gradebookItem", UNSET)
        gradebook_item: GradebookItem | Unset
        if isinstance(_gradebook_item, Unset):
            gradebook_item = UNSET
        else:
            gradebook_item = GradebookItem.from_dict(_gradebook_item)

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for componentsschemas_links_item_data in _links:
                componentsschemas_links_item = Link.from_dict(componentsschemas_links_item_data)

                links.append(componentsschemas_links_item)

        user_gradebook_item = cls(
            id=id,
            gradebook_item=gradebook_item,
            links=links,
        )

        user_gradebook_item.additional_properties = d
        return user_gradebook_item

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
