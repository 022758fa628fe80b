from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="ExamDetail")


@_attrs_define
class ExamDetail:
    """Settings of an exam in a course as the exam itself stores them: title, description, allowed attempts, allowed
    duration and the gradebook review date. The title can differ from (or be blank unlike) the title of the content item
    that holds the exam.

    """

    id: int
    """ Exam id, used as `{examId}` by the exam routes. """
    title: str | Unset = UNSET
    """ Exam title (may be empty). """
    description: str | Unset = UNSET
    """ Exam description, may contain HTML. """
    allowed_attempts: int | Unset = UNSET
    """ Number of attempts a student is allowed. """
    duration: int | Unset = UNSET
    """ Allowed duration in minutes; absent or 0 when the exam is not timed. Individual students may get more time
    (see the provisioned exam's `duration`). """
    gradebook_review_date: None | str | Unset = UNSET
    """ When the exam's grades become visible to students (UTC), null when unset. """
    links: list[Link] | Unset = UNSET
    """ The `links` array most LearningStudio objects carry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        description = self.description

        allowed_attempts = self.allowed_attempts

        duration = self.duration

        gradebook_review_date: None | str | Unset
        if isinstance(self.gradebook_review_date, Unset):
            gradebook_review_date = UNSET
        else:
            gradebook_review_date = self.gradebook_review_date

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for componentsschemas_links_item_data in self.links:
                componentsschemas_links_item = componentsschemas_links_item_data.to_dict()
                links.append(componentsschemas_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if allowed_attempts is not UNSET:
            field_dict["allowedAttempts"] = allowed_attempts
        if duration is not UNSET:
            field_dict["duration"] = duration
        if gradebook_review_date is not UNSET:
            field_dict["gradebookReviewDate"] = gradebook_review_date
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        allowed_attempts = d.pop("allowedAttempts", UNSET)

        duration = d.pop("duration", UNSET)

        def _parse_gradebook_review_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gradebook_review_date = _parse_gradebook_review_date(d.pop("gradebookReviewDate", UNSET))

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for componentsschemas_links_item_data in _links:
                componentsschemas_links_item = Link.from_dict(componentsschemas_links_item_data)

                links.append(componentsschemas_links_item)

        exam_detail = cls(
            id=id,
            title=title,
            description=description,
            allowed_attempts=allowed_attempts,
            duration=duration,
            gradebook_review_date=gradebook_review_date,
            links=links,
        )

        exam_detail.additional_properties = d
        return exam_detail

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
