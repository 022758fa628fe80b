from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.system_date_time_envelope_system_date_time import SystemDateTimeEnvelopeSystemDateTime


T = TypeVar("T", bound="SystemDateTimeEnvelope")


@_attrs_define
class SystemDateTimeEnvelope:
    """Current server time, `{"systemDateTime": {"value": ...}}`. JSON uses `yyyy-MM-ddTHH:mm:ssZ`; XML uses 7-digit
    fractional seconds.

    """

    system_date_time: SystemDateTimeEnvelopeSystemDateTime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        system_date_time = self.system_date_time.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "systemDateTime": system_date_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.system_date_time_envelope_system_date_time import SystemDateTimeEnvelopeSystemDateTime  # noqa: PLC0415

        d = dict(src_dict)
        system_date_time = SystemDateTimeEnvelopeSystemDateTime.from_dict(d.pop("systemDateTime"))

        system_date_time_envelope = cls(
            system_date_time=system_date_time,
        )

        system_date_time_envelope.additional_properties = d
        return system_date_time_envelope

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
