from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.thread_response_write_response import ThreadResponseWriteResponse


T = TypeVar("T", bound="ThreadResponseWrite")


@_attrs_define
class ThreadResponseWrite:
    """Body that creates (or edits) a post: `{"response": {"title": ..., "description": ...}}`. Shape inferred from the
    eCollege mobile routes that create posts on the same resource; Pearson's example payload was not retrievable.

    """

    response: ThreadResponseWriteResponse
    """ The post to create or the fields to change. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.thread_response_write_response import ThreadResponseWriteResponse  # noqa: PLC0415

        d = dict(src_dict)
        response = ThreadResponseWriteResponse.from_dict(d.pop("response"))

        thread_response_write = cls(
            response=response,
        )

        thread_response_write.additional_properties = d
        return thread_response_write

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
