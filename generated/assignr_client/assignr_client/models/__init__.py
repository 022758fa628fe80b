"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .api_error import ApiError
from .assignment import Assignment
from .assignment_assignment import AssignmentAssignment
from .assignment_confirmation import AssignmentConfirmation
from .assignment_confirmation_status import AssignmentConfirmationStatus
from .assignment_embedded import AssignmentEmbedded
from .assignment_links import AssignmentLinks
from .assignment_list import AssignmentList
from .assignment_list_embedded import AssignmentListEmbedded
from .assignor import Assignor
from .availability import Availability
from .availability_list import AvailabilityList
from .availability_list_embedded import AvailabilityListEmbedded
from .boolean_string import BooleanString
from .error_detail import ErrorDetail
from .fee import Fee
from .form_submission import FormSubmission
from .form_submission_embedded import FormSubmissionEmbedded
from .form_submission_list import FormSubmissionList
from .form_submission_list_embedded import FormSubmissionListEmbedded
from .form_value import FormValue
from .game import Game
from .game_create import GameCreate
from .game_embedded import GameEmbedded
from .game_list import GameList
from .game_list_embedded import GameListEmbedded
from .game_report import GameReport
from .game_report_author import GameReportAuthor
from .game_report_embedded import GameReportEmbedded
from .game_report_list import GameReportList
from .game_report_list_embedded import GameReportListEmbedded
from .game_report_official import GameReportOfficial
from .game_request import GameRequest
from .game_request_create import GameRequestCreate
from .game_update import GameUpdate
from .link import Link
from .links import Links
from .official import Official
from .page_info import PageInfo
from .site import Site
from .site_list import SiteList
from .site_list_embedded import SiteListEmbedded
from .site_summary import SiteSummary
from .statement import Statement
from .statement_embedded import StatementEmbedded
from .statement_list import StatementList
from .statement_list_embedded import StatementListEmbedded
from .user import User
from .user_embedded import UserEmbedded
from .user_list import UserList
from .user_list_embedded import UserListEmbedded
from .user_update import UserUpdate
from .venue import Venue
from .venue_list import VenueList
from .venue_list_embedded import VenueListEmbedded
from .zone import Zone

__all__ = (
    "Account",
    "ApiError",
    "Assignment",
    "AssignmentAssignment",
    "AssignmentConfirmation",
    "AssignmentConfirmationStatus",
    "AssignmentEmbedded",
    "AssignmentLinks",
    "AssignmentList",
    "AssignmentListEmbedded",
    "Assignor",
    "Availability",
    "AvailabilityList",
    "AvailabilityListEmbedded",
    "BooleanString",
    "ErrorDetail",
    "Fee",
    "FormSubmission",
    "FormSubmissionEmbedded",
    "FormSubmissionList",
    "FormSubmissionListEmbedded",
    "FormValue",
    "Game",
    "GameCreate",
    "GameEmbedded",
    "GameList",
    "GameListEmbedded",
    "GameReport",
    "GameReportAuthor",
    "GameReportEmbedded",
    "GameReportList",
    "GameReportListEmbedded",
    "GameReportOfficial",
    "GameRequest",
    "GameRequestCreate",
    "GameUpdate",
    "Link",
    "Links",
    "Official",
    "PageInfo",
    "Site",
    "SiteList",
    "SiteListEmbedded",
    "SiteSummary",
    "Statement",
    "StatementEmbedded",
    "StatementList",
    "StatementListEmbedded",
    "User",
    "UserEmbedded",
    "UserList",
    "UserListEmbedded",
    "UserUpdate",
    "Venue",
    "VenueList",
    "VenueListEmbedded",
    "Zone",
)
