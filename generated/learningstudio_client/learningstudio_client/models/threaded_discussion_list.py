from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.threaded_discussion import ThreadedDiscussion


T = TypeVar("T", bound="ThreadedDiscussionList")


@_attrs_define
class ThreadedDiscussionList:
    """Envelope of threaded discussions (a single-thread GET returns a one-element array)."""

    threaded_discussions: list[ThreadedDiscussion]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        threaded_discussions = []
        for threaded_discussions_item_data in self.threaded_discussions:
            threaded_discussions_item = threaded_discussions_item_data.to_dict()
            threaded_discussions.append(threaded_discussions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "threadedDiscussions": threaded_discussions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.threaded_discussion import ThreadedDiscussion  # noqa: PLC0415

        d = dict(src_dict)
        threaded_discussions = []
        _threaded_discussions = d.pop("threadedDiscussions")
        for threaded_discussions_item_data in _threaded_discussions:
            threaded_discussions_item = ThreadedDiscussion.from_dict(threaded_discussions_item_data)

            threaded_discussions.append(threaded_discussions_item)

        threaded_discussion_list = cls(
            threaded_discussions=threaded_discussions,
        )

        threaded_discussion_list.additional_properties = d
        return threaded_discussion_list

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
