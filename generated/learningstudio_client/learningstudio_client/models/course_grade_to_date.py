from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.letter_grade_envelope import LetterGradeEnvelope
    from ..models.link import Link


T = TypeVar("T", bound="CourseGradeToDate")


@_attrs_define
class CourseGradeToDate:
    """A student's course grade so far."""

    average: float | Unset = UNSET
    """ Average (percent). """
    earned: float | Unset = UNSET
    """ Points earned. """
    possible: float | Unset = UNSET
    """ Points possible so far. """
    extra_credit: float | Unset = UNSET
    """ Extra-credit points. """
    letter_grade: LetterGradeEnvelope | Unset = UNSET
    """ Letter grade object inside a course grade to date (other fields may be present). """
    links: list[Link] | Unset = UNSET
    """ The `links` array most LearningStudio objects carry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average = self.average

        earned = self.earned

        possible = self.possible

        extra_credit = self.extra_credit

        letter_grade: dict[str, Any] | Unset = UNSET
        if not isinstance(self.letter_grade, Unset):
            letter_grade = self.letter_grade.to_dict()

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for componentsschemas_links_item_data in self.links:
                componentsschemas_links_item = componentsschemas_links_item_data.to_dict()
                links.append(componentsschemas_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if average is not UNSET:
            field_dict["average"] = average
        if earned is not UNSET:
            field_dict["earned"] = earned
        if possible is not UNSET:
            field_dict["possible"] = possible
        if extra_credit is not UNSET:
            field_dict["extraCredit"] = extra_credit
        if letter_grade is not UNSET:
            field_dict["letterGrade"] = letter_grade
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.letter_grade_envelope import LetterGradeEnvelope  # noqa: PLC0415
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)
        average = d.pop("average", UNSET)

        earned = d.pop("earned", UNSET)

        possible = d.pop("possible", UNSET)

        extra_credit = d.pop("extraCredit", UNSET)

        _letter_grade = d.pop("letterGrade", UNSET)
        letter_grade: LetterGradeEnvelope | Unset
        if isinstance(_letter_grade, Unset):
            letter_grade = UNSET
        else:
            letter_grade = LetterGradeEnvelope.from_dict(_letter_grade)

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for componentsschemas_links_item_data in _links:
                componentsschemas_links_item = Link.from_dict(componentsschemas_links_item_data)

                links.append(componentsschemas_links_item)

        course_grade_to_date = cls(
            average=average,
            earned=earned,
            possible=possible,
            extra_credit=extra_credit,
            letter_grade=letter_grade,
            links=links,
        )

        course_grade_to_date.additional_properties = d
        return course_grade_to_date

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
