from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.activity_stream_envelope_activity_stream import ActivityStreamEnvelopeActivityStream


T = TypeVar("T", bound="ActivityStreamEnvelope")


@_attrs_define
class ActivityStreamEnvelope:
    """`{"activityStream": {"items": [...]}}`."""

    activity_stream: ActivityStreamEnvelopeActivityStream
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_stream = self.activity_stream.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activityStream": activity_stream,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_stream_envelope_activity_stream import ActivityStreamEnvelopeActivityStream  # noqa: PLC0415

        d = dict(src_dict)
        activity_stream = ActivityStreamEnvelopeActivityStream.from_dict(d.pop("activityStream"))

        activity_stream_envelope = cls(
            activity_stream=activity_stream,
        )

        activity_stream_envelope.additional_properties = d
        return activity_stream_envelope

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
