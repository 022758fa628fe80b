from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseCounts")


@_attrs_define
class ResponseCounts:
    """Response counts below a topic or response, from one user's point of view."""

    total_response_count: int | Unset = UNSET
    """ All responses below the starting point. """
    unread_response_count: int | Unset = UNSET
    """ Responses the user has not read. """
    personal_response_count: int | Unset = UNSET
    """ Responses written by the user. """
    last_24_hour_response_count: int | Unset = UNSET
    """ Responses posted in the last 24 hours (eCollege payloads; may be absent). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_response_count = self.total_response_count

        unread_response_count = self.unread_response_count

        personal_response_count = self.personal_response_count

        last_24_hour_response_count = self.last_24_hour_response_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_response_count is not UNSET:
            field_dict["totalResponseCount"] = total_response_count
        if unread_response_count is not UNSET:
            field_dict["unreadResponseCount"] = unread_response_count
        if personal_response_count is not UNSET:
            field_dict["personalResponseCount"] = personal_response_count
        if last_24_hour_response_count is not UNSET:
            field_dict["last24HourResponseCount"] = last_24_hour_response_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_response_count = d.pop("totalResponseCount", UNSET)

        unread_response_count = d.pop("unreadResponseCount", UNSET)

        personal_response_count = d.pop("personalResponseCount", UNSET)

        last_24_hour_response_count = d.pop("last24HourResponseCount", UNSET)

        response_counts = cls(
            total_response_count=total_response_count,
            unread_response_count=unread_response_count,
            personal_response_count=personal_response_count,
            last_24_hour_response_count=last_24_hour_response_count,
        )

        response_counts.additional_properties = d
        return response_counts

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
