from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseHierarchyEnvelope")


@_attrs_define
class ResponseHierarchyEnvelope:
    """Tree of links to the responses below a topic or a response. Only "a tree of links to responses" is documented; the
    inner shape (shown by analogy with `itemHierarchy`) is unknown, so the value is left untyped.

    """

    response_hierarchy: Any | Unset = UNSET
    """ The tree (shape not documented). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response_hierarchy = self.response_hierarchy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if response_hierarchy is not UNSET:
            field_dict["responseHierarchy"] = response_hierarchy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        response_hierarchy = d.pop("responseHierarchy", UNSET)

        response_hierarchy_envelope = cls(
            response_hierarchy=response_hierarchy,
        )

        response_hierarchy_envelope.additional_properties = d
        return response_hierarchy_envelope

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
