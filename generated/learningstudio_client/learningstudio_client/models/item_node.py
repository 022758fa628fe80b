from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_node_links_item import ItemNodeLinksItem


T = TypeVar("T", bound="ItemNode")


@_attrs_define
class ItemNode:
    """A node of the item hierarchy: `links` to the item (the item, and with `item.access`, `item.schedule`, `item.group`
    its parts, embedded in the link under `item` when expanded) and nested `childItemNodes`.

    """

    links: list[ItemNodeLinksItem] | Unset = UNSET
    child_item_nodes: list[ItemNode] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        child_item_nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.child_item_nodes, Unset):
            child_item_nodes = []
            for child_item_nodes_item_data in self.child_item_nodes:
                child_item_nodes_item = child_item_nodes_item_data.to_dict()
                child_item_nodes.append(child_item_nodes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if links is not UNSET:
            field_dict["links"] = links
        if child_item_nodes is not UNSET:
            field_dict["childItemNodes"] = child_item_nodes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_node_links_item import ItemNodeLinksItem  # noqa: PLC0415

        d = dict(src_dict)
        _links = d.pop("links", UNSET)
        links: list[ItemNodeLinksItem] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = ItemNodeLinksItem.from_dict(links_item_data)

                links.append(links_item)

        _child_item_nodes = d.pop("childItemNodes", UNSET)
        child_item_nodes: list[ItemNode] | Unset = UNSET
        if _child_item_nodes is not UNSET:
            child_item_nodes = []
            for child_item_nodes_item_data in _child_item_nodes:
                child_item_nodes_item = ItemNode.from_dict(child_item_nodes_item_data)

                child_item_nodes.append(child_item_nodes_item)

        item_node = cls(
            links=links,
            child_item_nodes=child_item_nodes,
        )

        item_node.additional_properties = d
        return item_node

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
