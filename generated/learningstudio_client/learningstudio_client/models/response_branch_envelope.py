from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseBranchEnvelope")


@_attrs_define
class ResponseBranchEnvelope:
    """The ancestors of a response, from the topic down to the response. Shape not documented; the value is left untyped."""

    response_branch: Any | Unset = UNSET
    """ The branch (shape not documented). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response_branch = self.response_branch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if response_branch is not UNSET:
            field_dict["responseBranch"] = response_branch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        response_branch = d.pop("responseBranch", UNSET)

        response_branch_envelope = cls(
            response_branch=response_branch,
        )

        response_branch_envelope.additional_properties = d
        return response_branch_envelope

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
