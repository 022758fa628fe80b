from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assignment import Assignment
    from ..models.assignor import Assignor
    from ..models.site_summary import SiteSummary
    from ..models.venue import Venue
    from ..models.zone import Zone


T = TypeVar("T", bound="GameEmbedded")


@_attrs_define
class GameEmbedded:
    """Objects embedded in a game. `venue`, `site`, `assignor` and `assignments` are usually present; `zone` only
    sometimes. [DOC][SAMPLE]

    """

    venue: Venue | Unset = UNSET
    """ A venue, as embedded in a game or returned by the venue endpoints. [DOC][PROD] """
    zone: Zone | Unset = UNSET
    """ A zone (a geographic grouping of venues), sometimes embedded in a game. [DOC] """
    site: SiteSummary | Unset = UNSET
    """ A site as embedded in a game, user or statement (`_embedded.site`). [DOC][SAMPLE][PROD] """
    assignor: Assignor | Unset = UNSET
    """ The game's assignor as embedded in a game. This `id` differs from the assignor's id elsewhere (one client
    treats it as a user id of the site). [DOC][PROD] """
    assignments: list[Assignment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        venue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.venue, Unset):
            venue = self.venue.to_dict()

        zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.zone, Unset):
            zone = self.zone.to_dict()

        site: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site, Unset):
            site = self.site.to_dict()

        assignor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assignor, Unset):
            assignor = self.assignor.to_dict()

        assignments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assignments, Unset):
            assignments = []
            for assignments_item_data in self.assignments:
                assignments_item = assignments_item_data.to_dict()
                assignments.append(assignments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if venue is not UNSET:
            field_dict["venue"] = venue
        if zone is not UNSET:
            field_dict["zone"] = zone
        if site is not UNSET:
            field_dict["site"] = site
        if assignor is not UNSET:
            field_dict["assignor"] = assignor
        if assignments is not UNSET:
            field_dict["assignments"] = assignments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignment import Assignment  # noqa: PLC0415
        from ..models.assignor import Assignor  # noqa: PLC0415
        from ..models.site_summary import SiteSummary  # noqa: PLC0415
        from ..models.venue import Venue  # noqa: PLC0415
        from ..models.zone import Zone  # noqa: PLC0415

        d = dict(src_dict)
        _venue = d.pop("venue", UNSET)
        venue: Venue | Unset
        if isinstance(_venue, Unset):
            venue = UNSET
        else:
            venue = Venue.from_dict(_venue)

        _zone = d.pop("zone", UNSET)
        zone: Zone | Unset
        if isinstance(_zone, Unset):
            zone = UNSET
        else:
            zone = Zone.from_dict(_zone)

        _site = d.pop("site", UNSET)
        site: SiteSummary | Unset
        if isinstance(_site, Unset):
            site = UNSET
        else:
            site = SiteSummary.from_dict(_site)

        _assignor = d.pop("assignor", UNSET)
        assignor: Assignor | Unset
        if isinstance(_assignor, Unset):
            assignor = UNSET
        else:
            assignor = Assignor.from_dict(_assignor)

        _assignments = d.pop("assignments", UNSET)
        assignments: list[Assignment] | Unset = UNSET
        if _assignments is not UNSET:
            assignments = []
            for assignments_item_data in _assignments:
                assignments_item = Assignment.from_dict(assignments_item_data)

                assignments.append(assignments_item)

        game_embedded = cls(
            venue=venue,
            zone=zone,
            site=site,
            assignor=assignor,
            assignments=assignments,
        )

        game_embedded.additional_properties = d
        return game_embedded

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
