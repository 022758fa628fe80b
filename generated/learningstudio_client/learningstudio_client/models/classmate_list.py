from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classmate import Classmate


T = TypeVar("T", bound="ClassmateList")


@_attrs_define
class ClassmateList:
    """Classmates under `classmates` (envelope key INFERRED from the route name)."""

    classmates: list[Classmate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        classmates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.classmates, Unset):
            classmates = []
            for classmates_item_data in self.classmates:
                classmates_item = classmates_item_data.to_dict()
                classmates.append(classmates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if classmates is not UNSET:
            field_dict["classmates"] = classmates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.classmate import Classmate  # noqa: PLC0415

        d = dict(src_dict)
        _classmates = d.pop("classmates", UNSET)
        classmates: list[Classmate] | Unset = UNSET
        if _classmates is not UNSET:
            classmates = []
            for classmates_item_data in _classmates:
                classmates_item = Classmate.from_dict(classmates_item_data)

                classmates.append(classmates_item)

        classmate_list = cls(
            classmates=classmates,
        )

        classmate_list.additional_properties = d
        return classmate_list

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
