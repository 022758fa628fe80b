from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.time_zone_envelope_time_zone import TimeZoneEnvelopeTimeZone


T = TypeVar("T", bound="TimeZoneEnvelope")


@_attrs_define
class TimeZoneEnvelope:
    """`{"timeZone": {"zoneName": ...}}`; other fields UNKNOWN."""

    time_zone: TimeZoneEnvelopeTimeZone
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_zone = self.time_zone.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timeZone": time_zone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_zone_envelope_time_zone import TimeZoneEnvelopeTimeZone  # noqa: PLC0415

        d = dict(src_dict)
        time_zone = TimeZoneEnvelopeTimeZone.from_dict(d.pop("timeZone"))

        time_zone_envelope = cls(
            time_zone=time_zone,
        )

        time_zone_envelope.additional_properties = d
        return time_zone_envelope

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
