from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.exam import Exam


T = TypeVar("T", bound="ExamList")


@_attrs_define
class ExamList:
    """Body of `GET .../exams` (all provisioned exam instances of the user in the course) and `GET .../exams/{examId}` (a
    one-element array).

    """

    exams: list[Exam]
    """ The exams. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exams = []
        for exams_item_data in self.exams:
            exams_item = exams_item_data.to_dict()
            exams.append(exams_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exams": exams,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exam import Exam  # noqa: PLC0415

        d = dict(src_dict)
        exams = []
        _exams = d.pop("exams")
        for exams_item_data in _exams:
            exams_item = Exam.from_dict(exams_item_data)

            exams.append(exams_item)

        exam_list = cls(
            exams=exams,
        )

        exam_list.additional_properties = d
        return exam_list

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
