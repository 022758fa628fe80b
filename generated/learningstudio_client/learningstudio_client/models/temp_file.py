from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TempFile")


@_attrs_define
class TempFile:
    """An uploaded temporary file; `fileLocation` is what later create calls link to."""

    file_location: str | Unset = UNSET
    file_name: str | Unset = UNSET
    """ INFERRED. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_location = self.file_location

        file_name = self.file_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_location is not UNSET:
            field_dict["fileLocation"] = file_location
        if file_name is not UNSET:
            field_dict["fileName"] = file_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_location = d.pop("fileLocation", UNSET)

        file_name = d.pop("fileName", UNSET)

        temp_file = cls(
            file_location=file_location,
            file_name=file_name,
        )

        temp_file.additional_properties = d
        return temp_file

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
