from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_counts import ResponseCounts


T = TypeVar("T", bound="ResponseCountsEnvelope")


@_attrs_define
class ResponseCountsEnvelope:
    """Response counts. The reference shows the four counters without naming the envelope key; `responseCounts` is
    inferred, and the counters may equally arrive at the top level (allowed as additional properties).

    """

    response_counts: ResponseCounts | Unset = UNSET
    """ Response counts below a topic or response, from one user's point of view. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_counts, Unset):
            response_counts = self.response_counts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if response_counts is not UNSET:
            field_dict["responseCounts"] = response_counts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_counts import ResponseCounts  # noqa: PLC0415

        d = dict(src_dict)
        _response_counts = d.pop("responseCounts", UNSET)
        response_counts: ResponseCounts | Unset
        if isinstance(_response_counts, Unset):
            response_counts = UNSET
        else:
            response_counts = ResponseCounts.from_dict(_response_counts)

        response_counts_envelope = cls(
            response_counts=response_counts,
        )

        response_counts_envelope.additional_properties = d
        return response_counts_envelope

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
