from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="Grade")


@_attrs_define
class Grade:
    """A student's grade for one gradebook item."""

    id: int | str | Unset = UNSET
    """ Grade id (absent in recorded payloads; type not documented). """
    points: float | Unset = UNSET
    """ Points earned. """
    points_set: bool | Unset = UNSET
    """ Whether points have been entered. """
    letter_grade: str | Unset = UNSET
    """ Letter grade. """
    letter_grade_set: bool | Unset = UNSET
    """ Whether a letter grade has been entered. """
    comments: str | Unset = UNSET
    """ Instructor comments (HTML). """
    updated_date: datetime.datetime | Unset = UNSET
    """ Last change (UTC). """
    links: list[Link] | Unset = UNSET
    """ The `links` array most LearningStudio objects carry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        points = self.points

        points_set = self.points_set

        letter_grade = self.letter_grade

        letter_grade_set = self.letter_grade_set

        comments = self.comments

        updated_date: str | Unset = UNSET
        if not isinstance(self.updated_date, Unset):
            updated_date = self.updated_date.isoformat()

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for componentsschemas_links_item_data in self.links:
                componentsschemas_links_item = componentsschemas_links_item_data.to_dict()
                links.append(componentsschemas_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if points is not UNSET:
            field_dict["points"] = points
        if points_set is not UNSET:
            field_dict["pointsSet"] = points_set
        if letter_grade is not UNSET:
            field_dict["letterGrade"] = letter_grade
        if letter_grade_set is not UNSET:
            field_dict["letterGradeSet"] = letter_grade_set
        if comments is not UNSET:
            field_dict["comments"] = comments
        if updated_date is not UNSET:
            field_dict["updatedDate"] = updated_date
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        points = d.pop("points", UNSET)

        points_set = d.pop("pointsSet", UNSET)

        letter_grade = d.pop("letterGrade", UNSET)

        letter_grade_set = d.pop("letterGradeSet", UNSET)

        comments = d.pop("comments", UNSET)

        _updated_date = d.pop("updatedDate", UNSET)
        updated_date: datetime.datetime | Unset
        if isinstance(_updated_date, Unset):
            updated_date = UNSET
        else:
            updated_date = datetime.datetime.fromisoformat(_updated_date)

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for componentsschemas_links_item_data in _links:
                componentsschemas_links_item = Link.from_dict(componentsschemas_links_item_data)

                links.append(componentsschemas_links_item)

        grade = cls(
            id=id,
            points=points,
            points_set=points_set,
            letter_grade=letter_grade,
            letter_grade_set=letter_grade_set,
            comments=comments,
            updated_date=updated_date,
            links=links,
        )

        grade.additional_properties = d
        return grade

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
