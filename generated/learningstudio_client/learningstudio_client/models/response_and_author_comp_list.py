from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_and_author_comp import ResponseAndAuthorComp


T = TypeVar("T", bound="ResponseAndAuthorCompList")


@_attrs_define
class ResponseAndAuthorCompList:
    """Flat list of post + author composites (one element for the single-post route). Key inferred."""

    response_and_author_comps: list[ResponseAndAuthorComp] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response_and_author_comps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.response_and_author_comps, Unset):
            response_and_author_comps = []
            for response_and_author_comps_item_data in self.response_and_author_comps:
                response_and_author_comps_item = response_and_author_comps_item_data.to_dict()
                response_and_author_comps.append(response_and_author_comps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if response_and_author_comps is not UNSET:
            field_dict["responseAndAuthorComps"] = response_and_author_comps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_and_author_comp import ResponseAndAuthorComp  # noqa: PLC0415

        d = dict(src_dict)
        _response_and_author_comps = d.pop("responseAndAuthorComps", UNSET)
        response_and_author_comps: list[ResponseAndAuthorComp] | Unset = UNSET
        if _response_and_author_comps is not UNSET:
            response_and_author_comps = []
            for response_and_author_comps_item_data in _response_and_author_comps:
                response_and_author_comps_item = ResponseAndAuthorComp.from_dict(response_and_author_comps_item_data)

                response_and_author_comps.append(response_and_author_comps_item)

        response_and_author_comp_list = cls(
            response_and_author_comps=response_and_author_comps,
        )

        response_and_author_comp_list.additional_properties = d
        return response_and_author_comp_list

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
