from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_node import ItemNode


T = TypeVar("T", bound="ItemHierarchyEnvelopeItemHierarchy")


@_attrs_define
class ItemHierarchyEnvelopeItemHierarchy:
    child_item_nodes: list[ItemNode] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        child_item_nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.child_item_nodes, Unset):
            child_item_nodes = []
            for child_item_nodes_item_data in self.child_item_nodes:
                child_item_nodes_item = child_item_nodes_item_data.to_dict()
                child_item_nodes.append(child_item_nodes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if child_item_nodes is not UNSET:
            field_dict["childItemNodes"] = child_item_nodes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_node import ItemNode  # noqa: PLC0415

        d = dict(src_dict)
        _child_item_nodes = d.pop("childItemNodes", UNSET)
        child_item_nodes: list[ItemNode] | Unset = UNSET
        if _child_item_nodes is not UNSET:
            child_item_nodes = []
            for child_item_nodes_item_data in _child_item_nodes:
                child_item_nodes_item = ItemNode.from_dict(child_item_nodes_item_data)

                child_item_nodes.append(child_item_nodes_item)

        item_hierarchy_envelope_item_hierarchy = cls(
            child_item_nodes=child_item_nodes,
        )

        item_hierarchy_envelope_item_hierarchy.additional_properties = d
        return item_hierarchy_envelope_item_hierarchy

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
