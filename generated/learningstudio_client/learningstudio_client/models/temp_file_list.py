from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.temp_file import TempFile


T = TypeVar("T", bound="TempFileList")


@_attrs_define
class TempFileList:
    """`{"tempFiles": [...]}`."""

    temp_files: list[TempFile]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        temp_files = []
        for temp_files_item_data in self.temp_files:
            temp_files_item = temp_files_item_data.to_dict()
            temp_files.append(temp_files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tempFiles": temp_files,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.temp_file import TempFile  # noqa: PLC0415

        d = dict(src_dict)
        temp_files = []
        _temp_files = d.pop("tempFiles")
        for temp_files_item_data in _temp_files:
            temp_files_item = TempFile.from_dict(temp_files_item_data)

            temp_files.append(temp_files_item)

        temp_file_list = cls(
            temp_files=temp_files,
        )

        temp_file_list.additional_properties = d
        return temp_file_list

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
