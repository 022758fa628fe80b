from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.exam import Exam


T = TypeVar("T", bound="ExamEnvelope")


@_attrs_define
class ExamEnvelope:
    """Body of the 201 answer to provisioning an exam instance (singular key, as other POST answers)."""

    exam: Exam
    """ A provisioned exam instance ("user exam"): the user-specific set of questions drawn from the exam's question
    pool. Addressed by the exam id; links lead to its attempts and sections. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exam = self.exam.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exam": exam,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exam import Exam  # noqa: PLC0415

        d = dict(src_dict)
        exam = Exam.from_dict(d.pop("exam"))

        exam_envelope = cls(
            exam=exam,
        )

        exam_envelope.additional_properties = d
        return exam_envelope

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
