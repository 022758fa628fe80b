from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleAccessSchedule")


@_attrs_define
class ScheduleAccessSchedule:
    """Access window of the item."""

    start_date_time: None | str | Unset = UNSET
    """ Start of the access window (UTC). """
    end_date_time: None | str | Unset = UNSET
    """ End of the access window (UTC). """
    can_access_before_start_date_time: bool | Unset = UNSET
    """ Whether students can open the item before the window starts. """
    can_access_after_end_date_time: bool | Unset = UNSET
    """ Whether students can open the item after the window ends. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date_time: None | str | Unset
        if isinstance(self.start_date_time, Unset):
            start_date_time = UNSET
        else:
            start_date_time = self.start_date_time

        end_date_time: None | str | Unset
        if isinstance(self.end_date_time, Unset):
            end_date_time = UNSET
        else:
            end_date_time = self.end_date_time

        can_access_before_start_date_time = self.can_access_before_start_date_time

        can_access_after_end_date_time = self.can_access_after_end_date_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_date_time is not UNSET:
            field_dict["startDateTime"] = start_date_time
        if end_date_time is not UNSET:
            field_dict["endDateTime"] = end_date_time
        if can_access_before_start_date_time is not UNSET:
            field_dict["canAccessBeforeStartDateTime"] = can_access_before_start_date_time
        if can_access_after_end_date_time is not UNSET:
            field_dict["canAccessAfterEndDateTime"] = can_access_after_end_date_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_start_date_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date_time = _parse_start_date_time(d.pop("startDateTime", UNSET))

        def _parse_end_date_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date_time = _parse_end_date_time(d.pop("endDateTime", UNSET))

        can_access_before_start_date_time = d.pop("canAccessBeforeStartDateTime", UNSET)

        can_access_after_end_date_time = d.pop("canAccessAfterEndDateTime", UNSET)

        schedule_access_schedule = cls(
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            can_access_before_start_date_time=can_access_before_start_date_time,
            can_access_after_end_date_time=can_access_after_end_date_time,
        )

        schedule_access_schedule.additional_properties = d
        return schedule_access_schedule

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
