from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item import Item


T = TypeVar("T", bound="ItemNodeLinksItem")


@_attrs_define
class ItemNodeLinksItem:
    href: str
    """ Absolute URL of the linked resource. """
    rel: str | Unset = UNSET
    """ Relation of the linked resource to this object. """
    title: str | Unset = UNSET
    """ Name of the linked resource (often absent on `self` links). """
    item: Item | Unset = UNSET
    """ A course content item (unit or item). Its `links` include a `self`-like link without a title pointing at the
    content-type resource (e.g. `textMultimedias/{id}`), links titled `access` and `schedule`, the parent unit, and
    for exams a link with `rel` `https://api.learningstudio.com/rels/user/course/exam`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        rel = self.rel

        title = self.title

        item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item, Unset):
            item = self.item.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
            }
        )
        if rel is not UNSET:
            field_dict["rel"] = rel
        if title is not UNSET:
            field_dict["title"] = title
        if item is not UNSET:
            field_dict["item"] = item

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item import Item  # noqa: PLC0415

        d = dict(src_dict)
        href = d.pop("href")

        rel = d.pop("rel", UNSET)

        title = d.pop("title", UNSET)

        _item = d.pop("item", UNSET)
        item: Item | Unset
        if isinstance(_item, Unset):
            item = UNSET
        else:
            item = Item.from_dict(_item)

        item_node_links_item = cls(
            href=href,
            rel=rel,
            title=title,
            item=item,
        )

        item_node_links_item.additional_properties = d
        return item_node_links_item

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
