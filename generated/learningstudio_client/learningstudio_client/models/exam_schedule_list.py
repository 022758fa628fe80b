from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.exam_schedule import ExamSchedule


T = TypeVar("T", bound="ExamScheduleList")


@_attrs_define
class ExamScheduleList:
    """Body of `GET /courses/{courseId}/examSchedules`."""

    exam_schedules: list[ExamSchedule]
    """ The examSchedules. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exam_schedules = []
        for exam_schedules_item_data in self.exam_schedules:
            exam_schedules_item = exam_schedules_item_data.to_dict()
            exam_schedules.append(exam_schedules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "examSchedules": exam_schedules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exam_schedule import ExamSchedule  # noqa: PLC0415

        d = dict(src_dict)
        exam_schedules = []
        _exam_schedules = d.pop("examSchedules")
        for exam_schedules_item_data in _exam_schedules:
            exam_schedules_item = ExamSchedule.from_dict(exam_schedules_item_data)

            exam_schedules.append(exam_schedules_item)

        exam_schedule_list = cls(
            exam_schedules=exam_schedules,
        )

        exam_schedule_list.additional_properties = d
        return exam_schedule_list

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
