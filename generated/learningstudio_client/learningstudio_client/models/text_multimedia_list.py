from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.text_multimedia import TextMultimedia


T = TypeVar("T", bound="TextMultimediaList")


@_attrs_define
class TextMultimediaList:
    """`{"textMultimedias": [...]}`; a one-element array for a single item."""

    text_multimedias: list[TextMultimedia]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_multimedias = []
        for text_multimedias_item_data in self.text_multimedias:
            text_multimedias_item = text_multimedias_item_data.to_dict()
            text_multimedias.append(text_multimedias_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "textMultimedias": text_multimedias,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.text_multimedia import TextMultimedia  # noqa: PLC0415

        d = dict(src_dict)
        text_multimedias = []
        _text_multimedias = d.pop("textMultimedias")
        for text_multimedias_item_data in _text_multimedias:
            text_multimedias_item = TextMultimedia.from_dict(text_multimedias_item_data)

            text_multimedias.append(text_multimedias_item)

        text_multimedia_list = cls(
            text_multimedias=text_multimedias,
        )

        text_multimedia_list.additional_properties = d
        return text_multimedia_list

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
