from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_stream_object import ActivityStreamObject


T = TypeVar("T", bound="ActivityStreamItem")


@_attrs_define
class ActivityStreamItem:
    """One "what's happening" event (Activity Streams style)."""

    id: str | Unset = UNSET
    """ URL of the resource the activity is about. """
    posted_time: str | Unset = UNSET
    verb: str | Unset = UNSET
    actor: ActivityStreamObject | Unset = UNSET
    """ `actor`, `object` or `target` of an activity-stream item. `id` is a URL of the resource and `referenceId`
    its numeric id. `objectType` values seen: `enrolled-user`, `thread-topic`, `thread-post`, `grade`, `dropbox-
    submission` (exam types too). Grade objects add `letterGrade` / `pointsAchieved`; actors add `role`. """
    object_: ActivityStreamObject | Unset = UNSET
    """ `actor`, `object` or `target` of an activity-stream item. `id` is a URL of the resource and `referenceId`
    its numeric id. `objectType` values seen: `enrolled-user`, `thread-topic`, `thread-post`, `grade`, `dropbox-
    submission` (exam types too). Grade objects add `letterGrade` / `pointsAchieved`; actors add `role`. """
    target: ActivityStreamObject | Unset = UNSET
    """ `actor`, `object` or `target` of an activity-stream item. `id` is a URL of the resource and `referenceId`
    its numeric id. `objectType` values seen: `enrolled-user`, `thread-topic`, `thread-post`, `grade`, `dropbox-
    submission` (exam types too). Grade objects add `letterGrade` / `pointsAchieved`; actors add `role`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        posted_time = self.posted_time

        verb = self.verb

        actor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actor, Unset):
            actor = self.actor.to_dict()

        object_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.object_, Unset):
            object_ = self.object_.to_dict()

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if posted_time is not UNSET:
            field_dict["postedTime"] = posted_time
        if verb is not UNSET:
            field_dict["verb"] = verb
        if actor is not UNSET:
            field_dict["actor"] = actor
        if object_ is not UNSET:
            field_dict["object"] = object_
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_stream_object import ActivityStreamObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        posted_time = d.pop("postedTime", UNSET)

        verb = d.pop("verb", UNSET)

        _actor = d.pop("actor", UNSET)
        actor: ActivityStreamObject | Unset
        if isinstance(_actor, Unset):
            actor = UNSET
        else:
            actor = ActivityStreamObject.from_dict(_actor)

        _object_ = d.pop("object", UNSET)
        object_: ActivityStreamObject | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = ActivityStreamObject.from_dict(_object_)

        _target = d.pop("target", UNSET)
        target: ActivityStreamObject | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = ActivityStreamObject.from_dict(_target)

        activity_stream_item = cls(
            id=id,
            posted_time=posted_time,
            verb=verb,
            actor=actor,
            object_=object_,
            target=target,
        )

        activity_stream_item.additional_properties = d
        return activity_stream_item

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
