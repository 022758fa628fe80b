from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LetterGradeEnvelope")


@_attrs_define
class LetterGradeEnvelope:
    """Letter grade object inside a course grade to date (other fields may be present)."""

    letter_grade: str | Unset = UNSET
    """ The letter. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        letter_grade = self.letter_grade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if letter_grade is not UNSET:
            field_dict["letterGrade"] = letter_grade

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        letter_grade = d.pop("letterGrade", UNSET)

        letter_grade_envelope = cls(
            letter_grade=letter_grade,
        )

        letter_grade_envelope.additional_properties = d
        return letter_grade_envelope

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
