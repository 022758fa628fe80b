from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="Attempt")


@_attrs_define
class Attempt:
    """An attempt at a provisioned exam: where the user's answers are stored while the exam is taken. Creating it starts
    the clock on timed exams. `pearsonExamToken` must be sent as the `Pearson-Exam-Token` header on question, answer and
    attempt-update calls.

    """

    id: int
    """ Attempt id. """
    is_completed: bool
    """ True once the attempt was submitted; no answer can change afterwards. """
    pearson_exam_token: str | Unset = UNSET
    """ Exam token to send as the `Pearson-Exam-Token` header (opaque). """
    start_utc: str | Unset = UNSET
    """ When the attempt started (UTC); the duration counts from here. """
    links: list[Link] | Unset = UNSET
    """ The `links` array most LearningStudio objects carry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_completed = self.is_completed

        pearson_exam_token = self.pearson_exam_token

        start_utc = self.start_utc

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
                "isCompleted": is_completed,
            }
        )
        if pearson_exam_token is not UNSET:
            field_dict["pearsonExamToken"] = pearson_exam_token
        if start_utc is not UNSET:
            field_dict["startUtc"] = start_utc
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        is_completed = d.pop("isCompleted")

        pearson_exam_token = d.pop("pearsonExamToken", UNSET)

        start_utc = d.pop("startUtc", UNSET)

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for componentsschemas_links_item_data in _links:
                componentsschemas_links_item = Link.from_dict(componentsschemas_links_item_data)

                links.append(componentsschemas_links_item)

        attempt = cls(
            id=id,
            is_completed=is_completed,
            pearson_exam_token=pearson_exam_token,
            start_utc=start_utc,
            links=links,
        )

        attempt.additional_properties = d
        return attempt

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
