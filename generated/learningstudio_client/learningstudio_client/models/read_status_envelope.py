from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.read_status import ReadStatus


T = TypeVar("T", bound="ReadStatusEnvelope")


@_attrs_define
class ReadStatusEnvelope:
    """`{"readStatus": {"markedAsRead": true}}`: response of GET and body of PUT on a post's read status (shape from the
    eCollege mobile route; inferred for LearningStudio).

    """

    read_status: ReadStatus
    """ Whether a user has read a post. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        read_status = self.read_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "readStatus": read_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.read_status import ReadStatus  # noqa: PLC0415

        d = dict(src_dict)
        read_status = ReadStatus.from_dict(d.pop("readStatus"))

        read_status_envelope = cls(
            read_status=read_status,
        )

        read_status_envelope.additional_properties = d
        return read_status_envelope

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
