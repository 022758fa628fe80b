from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.exam_detail import ExamDetail


T = TypeVar("T", bound="ExamDetailList")


@_attrs_define
class ExamDetailList:
    """Body of `GET .../examDetails` and `GET .../examDetails/{examId}` (the latter a one-element array)."""

    exam_details: list[ExamDetail]
    """ The examDetails. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exam_details = []
        for exam_details_item_data in self.exam_details:
            exam_details_item = exam_details_item_data.to_dict()
            exam_details.append(exam_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "examDetails": exam_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exam_detail import ExamDetail  # noqa: PLC0415

        d = dict(src_dict)
        exam_details = []
        _exam_details = d.pop("examDetails")
        for exam_details_item_data in _exam_details:
            exam_details_item = ExamDetail.from_dict(exam_details_item_data)

            exam_details.append(exam_details_item)

        exam_detail_list = cls(
            exam_details=exam_details,
        )

        exam_detail_list.additional_properties = d
        return exam_detail_list

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
