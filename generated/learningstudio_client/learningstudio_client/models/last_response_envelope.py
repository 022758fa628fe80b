from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.thread_response import ThreadResponse


T = TypeVar("T", bound="LastResponseEnvelope")


@_attrs_define
class LastResponseEnvelope:
    """The user's most recent post in the course. The envelope is not documented: `lastResponse` (one post) is inferred
    from the route name; a `responses` one-element array would also be accepted as an additional property.

    """

    last_response: ThreadResponse | Unset = UNSET
    """ A post ("response") in a topic, at any level: a top-level post answers the topic, a reply answers another
    post. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_response, Unset):
            last_response = self.last_response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_response is not UNSET:
            field_dict["lastResponse"] = last_response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.thread_response import ThreadResponse  # noqa: PLC0415

        d = dict(src_dict)
        _last_response = d.pop("lastResponse", UNSET)
        last_response: ThreadResponse | Unset
        if isinstance(_last_response, Unset):
            last_response = UNSET
        else:
            last_response = ThreadResponse.from_dict(_last_response)

        last_response_envelope = cls(
            last_response=last_response,
        )

        last_response_envelope.additional_properties = d
        return last_response_envelope

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
