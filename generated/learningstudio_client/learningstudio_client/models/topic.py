from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link
    from ..models.topic_container_info import TopicContainerInfo


T = TypeVar("T", bound="Topic")


@_attrs_define
class Topic:
    """A topic of a threaded discussion. Topics are created only in the LearningStudio user interface. Hidden topics
    (`isHiddenTopic`) are not visible to students; with `isPostFirstEnabled` a student cannot read other posts until
    they have posted.

    """

    id: int
    """ Numeric topic id. """
    title: str | Unset = UNSET
    """ Topic title (HTML entities possible). """
    description: str | Unset = UNSET
    """ Topic text (HTML). """
    is_hidden_topic: bool | Unset = UNSET
    """ Hidden from students. """
    is_post_first_enabled: bool | Unset = UNSET
    """ Students must post before they can see other posts. """
    order_number: int | Unset = UNSET
    """ Position of the topic in its thread (eCollege payloads). """
    container_info: TopicContainerInfo | Unset = UNSET
    """ Where a topic lives: its threaded-discussion content item, unit and course. Seen in the recorded eCollege
    user-topics payload (note the `ID` capitalisation of `contentItemID` and `courseID`); whether LearningStudio
    topics carry it too is not confirmed. """
    links: list[Link] | Unset = UNSET
    """ The `links` array most LearningStudio objects carry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        description = self.description

        is_hidden_topic = self.is_hidden_topic

        is_post_first_enabled = self.is_post_first_enabled

        order_number = self.order_number

        container_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.container_info, Unset):
            container_info = self.container_info.to_dict()

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
        if is_hidden_topic is not UNSET:
            field_dict["isHiddenTopic"] = is_hidden_topic
        if is_post_first_enabled is not UNSET:
            field_dict["isPostFirstEnabled"] = is_post_first_enabled
        if order_number is not UNSET:
            field_dict["orderNumber"] = order_number
        if container_info is not UNSET:
            field_dict["containerInfo"] = container_info
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415
        from ..models.topic_container_info import TopicContainerInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        is_hidden_topic = d.pop("isHiddenTopic", UNSET)

        is_post_first_enabled = d.pop("isPostFirstEnabled", UNSET)

        order_number = d.pop("orderNumber", UNSET)

        _container_info = d.pop("containerInfo", UNSET)
        container_info: TopicContainerInfo | Unset
        if isinstance(_container_info, Unset):
            container_info = UNSET
        else:
            container_info = TopicContainerInfo.from_dict(_container_info)

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for componentsschemas_links_item_data in _links:
                componentsschemas_links_item = Link.from_dict(componentsschemas_links_item_data)

                links.append(componentsschemas_links_item)

        topic = cls(
            id=id,
            title=title,
            description=description,
            is_hidden_topic=is_hidden_topic,
            is_post_first_enabled=is_post_first_enabled,
            order_number=order_number,
            container_info=container_info,
            links=links,
        )

        topic.additional_properties = d
        return topic

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
