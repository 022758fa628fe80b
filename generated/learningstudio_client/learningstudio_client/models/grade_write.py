from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.grade_write_grade import GradeWriteGrade


T = TypeVar("T", bound="GradeWrite")


@_attrs_define
class GradeWrite:
    """Body that creates or updates a grade: `{"grade": {...}}` with the grade fields to set. Inferred from the grade
    representation; Pearson's payload examples were not retrievable. For the teacher-view collection POST the student
    the grade belongs to must be identified too; that field's name is unknown, so additional properties are allowed.

    """

    grade: GradeWriteGrade
    """ The grade fields to set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grade = self.grade.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grade": grade,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.grade_write_grade import GradeWriteGrade  # noqa: PLC0415

        d = dict(src_dict)
        grade = GradeWriteGrade.from_dict(d.pop("grade"))

        grade_write = cls(
            grade=grade,
        )

        grade_write.additional_properties = d
        return grade_write

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
