from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule import Schedule


T = TypeVar("T", bound="ItemScheduleList")


@_attrs_define
class ItemScheduleList:
    """Schedules of the course's items under `itemSchedules` (envelope key and element shape INFERRED; each element is
    expected to be a Schedule plus the item's id and links).

    """

    item_schedules: list[Schedule] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_schedules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_schedules, Unset):
            item_schedules = []
            for item_schedules_item_data in self.item_schedules:
                item_schedules_item = item_schedules_item_data.to_dict()
                item_schedules.append(item_schedules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_schedules is not UNSET:
            field_dict["itemSchedules"] = item_schedules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schedule import Schedule  # noqa: PLC0415

        d = dict(src_dict)
        _item_schedules = d.pop("itemSchedules", UNSET)
        item_schedules: list[Schedule] | Unset = UNSET
        if _item_schedules is not UNSET:
            item_schedules = []
            for item_schedules_item_data in _item_schedules:
                item_schedules_item = Schedule.from_dict(item_schedules_item_data)

                item_schedules.append(item_schedules_item)

        item_schedule_list = cls(
            item_schedules=item_schedules,
        )

        item_schedule_list.additional_properties = d
        return item_schedule_list

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
