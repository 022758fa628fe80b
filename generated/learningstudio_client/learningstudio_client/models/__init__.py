"""Contains all the data models used in inputs/outputs"""

from .activity_stream_envelope import ActivityStreamEnvelope
from .activity_stream_envelope_activity_stream import ActivityStreamEnvelopeActivityStream
from .activity_stream_item import ActivityStreamItem
from .activity_stream_object import ActivityStreamObject
from .announcement import Announcement
from .announcement_list import AnnouncementList
from .announcement_read_status_envelope import AnnouncementReadStatusEnvelope
from .announcement_read_status_envelope_announcement_read_status import (
    AnnouncementReadStatusEnvelopeAnnouncementReadStatus,
)
from .answer_envelope import AnswerEnvelope
from .answer_list import AnswerList
from .attempt import Attempt
from .attempt_completion import AttemptCompletion
from .attempt_completion_attempts import AttemptCompletionAttempts
from .attempt_envelope import AttemptEnvelope
from .attempt_list import AttemptList
from .attempt_summary import AttemptSummary
from .attempt_summary_envelope import AttemptSummaryEnvelope
from .avatar_upload import AvatarUpload
from .choice import Choice
from .choice_list import ChoiceList
from .classmate import Classmate
from .classmate_list import ClassmateList
from .course import Course
from .course_grade_create import CourseGradeCreate
from .course_grade_create_grade import CourseGradeCreateGrade
from .course_grade_to_date import CourseGradeToDate
from .course_grade_to_date_envelope import CourseGradeToDateEnvelope
from .course_link import CourseLink
from .course_list import CourseList
from .course_roster_links import CourseRosterLinks
from .course_roster_links_links_item import CourseRosterLinksLinksItem
from .custom_category import CustomCategory
from .custom_category_create import CustomCategoryCreate
from .custom_category_create_custom_category import CustomCategoryCreateCustomCategory
from .custom_category_envelope import CustomCategoryEnvelope
from .custom_category_list import CustomCategoryList
from .custom_category_write import CustomCategoryWrite
from .custom_category_write_custom_category import CustomCategoryWriteCustomCategory
from .custom_item import CustomItem
from .custom_item_envelope import CustomItemEnvelope
from .custom_item_list import CustomItemList
from .custom_item_write import CustomItemWrite
from .custom_item_write_custom_item import CustomItemWriteCustomItem
from .doc_sharing_category import DocSharingCategory
from .doc_sharing_category_list import DocSharingCategoryList
from .doc_sharing_document import DocSharingDocument
from .doc_sharing_document_create import DocSharingDocumentCreate
from .doc_sharing_document_create_doc_sharing_documents_item import DocSharingDocumentCreateDocSharingDocumentsItem
from .doc_sharing_document_list import DocSharingDocumentList
from .doc_sharing_document_submitter import DocSharingDocumentSubmitter
from .dropbox_attachment import DropboxAttachment
from .dropbox_attachment_list import DropboxAttachmentList
from .dropbox_basket import DropboxBasket
from .dropbox_basket_list import DropboxBasketList
from .dropbox_message import DropboxMessage
from .dropbox_message_create import DropboxMessageCreate
from .dropbox_message_create_messages_item import DropboxMessageCreateMessagesItem
from .dropbox_message_create_messages_item_attachments_item import DropboxMessageCreateMessagesItemAttachmentsItem
from .dropbox_message_list import DropboxMessageList
from .enrolled_user import EnrolledUser
from .enrolled_user_list import EnrolledUserList
from .error_envelope import ErrorEnvelope
from .error_envelope_error_type_0 import ErrorEnvelopeErrorType0
from .essay_answer import EssayAnswer
from .essay_answer_type import EssayAnswerType
from .essay_question import EssayQuestion
from .essay_question_envelope import EssayQuestionEnvelope
from .exam import Exam
from .exam_detail import ExamDetail
from .exam_detail_list import ExamDetailList
from .exam_envelope import ExamEnvelope
from .exam_list import ExamList
from .exam_schedule import ExamSchedule
from .exam_schedule_list import ExamScheduleList
from .exam_section import ExamSection
from .exam_section_list import ExamSectionList
from .file_upload import FileUpload
from .fill_in_the_blank_answer import FillInTheBlankAnswer
from .fill_in_the_blank_answer_type import FillInTheBlankAnswerType
from .fill_in_the_blank_question import FillInTheBlankQuestion
from .fill_in_the_blank_question_envelope import FillInTheBlankQuestionEnvelope
from .format_ import Format
from .grade import Grade
from .grade_envelope import GradeEnvelope
from .grade_list import GradeList
from .grade_write import GradeWrite
from .grade_write_grade import GradeWriteGrade
from .gradebook_item import GradebookItem
from .gradebook_item_envelope import GradebookItemEnvelope
from .gradebook_item_list import GradebookItemList
from .gradebook_item_write import GradebookItemWrite
from .gradebook_item_write_gradebook_item import GradebookItemWriteGradebookItem
from .instructor_list import InstructorList
from .item import Item
from .item_hierarchy_envelope import ItemHierarchyEnvelope
from .item_hierarchy_envelope_item_hierarchy import ItemHierarchyEnvelopeItemHierarchy
from .item_list import ItemList
from .item_node import ItemNode
from .item_node_links_item import ItemNodeLinksItem
from .item_schedule_list import ItemScheduleList
from .last_response_envelope import LastResponseEnvelope
from .letter_grade_envelope import LetterGradeEnvelope
from .link import Link
from .many_multiple_choice_answer import ManyMultipleChoiceAnswer
from .many_multiple_choice_answer_type import ManyMultipleChoiceAnswerType
from .many_multiple_choice_question import ManyMultipleChoiceQuestion
from .many_multiple_choice_question_envelope import ManyMultipleChoiceQuestionEnvelope
from .matching_answer import MatchingAnswer
from .matching_answer_pair import MatchingAnswerPair
from .matching_answer_type import MatchingAnswerType
from .matching_question import MatchingQuestion
from .matching_question_envelope import MatchingQuestionEnvelope
from .me_envelope import MeEnvelope
from .ms_office_document import MsOfficeDocument
from .ms_office_document_list import MsOfficeDocumentList
from .multiple_choice_answer import MultipleChoiceAnswer
from .multiple_choice_answer_type import MultipleChoiceAnswerType
from .multiple_choice_question import MultipleChoiceQuestion
from .multiple_choice_question_envelope import MultipleChoiceQuestionEnvelope
from .premise import Premise
from .premise_list import PremiseList
from .question import Question
from .question_list import QuestionList
from .question_type_summary import QuestionTypeSummary
from .read_status import ReadStatus
from .read_status_envelope import ReadStatusEnvelope
from .response_and_author_comp import ResponseAndAuthorComp
from .response_and_author_comp_list import ResponseAndAuthorCompList
from .response_author_envelope import ResponseAuthorEnvelope
from .response_branch_envelope import ResponseBranchEnvelope
from .response_counts import ResponseCounts
from .response_counts_envelope import ResponseCountsEnvelope
from .response_hierarchy_envelope import ResponseHierarchyEnvelope
from .role import Role
from .role_envelope import RoleEnvelope
from .roster_course_grade_to_date import RosterCourseGradeToDate
from .roster_course_grades_to_date_envelope import RosterCourseGradesToDateEnvelope
from .roster_list import RosterList
from .roster_member_envelope import RosterMemberEnvelope
from .roster_user import RosterUser
from .schedule import Schedule
from .schedule_access_schedule import ScheduleAccessSchedule
from .schedule_envelope import ScheduleEnvelope
from .short_answer import ShortAnswer
from .short_answer_type import ShortAnswerType
from .short_question import ShortQuestion
from .short_question_envelope import ShortQuestionEnvelope
from .social_person import SocialPerson
from .social_person_name import SocialPersonName
from .student_list import StudentList
from .system_date_time_envelope import SystemDateTimeEnvelope
from .system_date_time_envelope_system_date_time import SystemDateTimeEnvelopeSystemDateTime
from .teaching_assistant_list import TeachingAssistantList
from .temp_file import TempFile
from .temp_file_links import TempFileLinks
from .temp_file_list import TempFileList
from .term import Term
from .term_list import TermList
from .text_multimedia import TextMultimedia
from .text_multimedia_list import TextMultimediaList
from .thread_response import ThreadResponse
from .thread_response_author import ThreadResponseAuthor
from .thread_response_list import ThreadResponseList
from .thread_response_write import ThreadResponseWrite
from .thread_response_write_response import ThreadResponseWriteResponse
from .threaded_discussion import ThreadedDiscussion
from .threaded_discussion_list import ThreadedDiscussionList
from .time_zone_envelope import TimeZoneEnvelope
from .time_zone_envelope_time_zone import TimeZoneEnvelopeTimeZone
from .token_request import TokenRequest
from .token_request_grant_type import TokenRequestGrantType
from .token_response import TokenResponse
from .topic import Topic
from .topic_container_info import TopicContainerInfo
from .topic_list import TopicList
from .true_false_answer import TrueFalseAnswer
from .true_false_answer_type import TrueFalseAnswerType
from .true_false_question import TrueFalseQuestion
from .true_false_question_envelope import TrueFalseQuestionEnvelope
from .upcoming_event import UpcomingEvent
from .upcoming_event_links_item import UpcomingEventLinksItem
from .upcoming_event_list import UpcomingEventList
from .upcoming_event_when import UpcomingEventWhen
from .user import User
from .user_course import UserCourse
from .user_course_list import UserCourseList
from .user_gradebook_item import UserGradebookItem
from .user_gradebook_item_list import UserGradebookItemList
from .user_gradebook_items_totals_envelope import UserGradebookItemsTotalsEnvelope
from .user_gradebook_items_totals_envelope_user_gradebook_items_totals import (
    UserGradebookItemsTotalsEnvelopeUserGradebookItemsTotals,
)
from .user_list import UserList
from .user_view_response import UserViewResponse
from .user_view_response_list import UserViewResponseList
from .web_content_upload import WebContentUpload
from .web_content_upload_list import WebContentUploadList
from .webliography_entry import WebliographyEntry
from .webliography_entry_category import WebliographyEntryCategory
from .webliography_entry_create import WebliographyEntryCreate
from .webliography_entry_create_webliography_entry import WebliographyEntryCreateWebliographyEntry
from .webliography_entry_create_webliography_entry_category import WebliographyEntryCreateWebliographyEntryCategory
from .webliography_entry_create_webliography_entry_site import WebliographyEntryCreateWebliographyEntrySite
from .webliography_entry_create_webliography_entry_submitter import WebliographyEntryCreateWebliographyEntrySubmitter
from .webliography_entry_list import WebliographyEntryList
from .webliography_entry_site import WebliographyEntrySite

__all__ = (
    "ActivityStreamEnvelope",
    "ActivityStreamEnvelopeActivityStream",
    "ActivityStreamItem",
    "ActivityStreamObject",
    "Announcement",
    "AnnouncementList",
    "AnnouncementReadStatusEnvelope",
    "AnnouncementReadStatusEnvelopeAnnouncementReadStatus",
    "AnswerEnvelope",
    "AnswerList",
    "Attempt",
    "AttemptCompletion",
    "AttemptCompletionAttempts",
    "AttemptEnvelope",
    "AttemptList",
    "AttemptSummary",
    "AttemptSummaryEnvelope",
    "AvatarUpload",
    "Choice",
    "ChoiceList",
    "Classmate",
    "ClassmateList",
    "Course",
    "CourseGradeCreate",
    "CourseGradeCreateGrade",
    "CourseGradeToDate",
    "CourseGradeToDateEnvelope",
    "CourseLink",
    "CourseList",
    "CourseRosterLinks",
    "CourseRosterLinksLinksItem",
    "CustomCategory",
    "CustomCategoryCreate",
    "CustomCategoryCreateCustomCategory",
    "CustomCategoryEnvelope",
    "CustomCategoryList",
    "CustomCategoryWrite",
    "CustomCategoryWriteCustomCategory",
    "CustomItem",
    "CustomItemEnvelope",
    "CustomItemList",
    "CustomItemWrite",
    "CustomItemWriteCustomItem",
    "DocSharingCategory",
    "DocSharingCategoryList",
    "DocSharingDocument",
    "DocSharingDocumentCreate",
    "DocSharingDocumentCreateDocSharingDocumentsItem",
    "DocSharingDocumentList",
    "DocSharingDocumentSubmitter",
    "DropboxAttachment",
    "DropboxAttachmentList",
    "DropboxBasket",
    "DropboxBasketList",
    "DropboxMessage",
    "DropboxMessageCreate",
    "DropboxMessageCreateMessagesItem",
    "DropboxMessageCreateMessagesItemAttachmentsItem",
    "DropboxMessageList",
    "EnrolledUser",
    "EnrolledUserList",
    "ErrorEnvelope",
    "ErrorEnvelopeErrorType0",
    "EssayAnswer",
    "EssayAnswerType",
    "EssayQuestion",
    "EssayQuestionEnvelope",
    "Exam",
    "ExamDetail",
    "ExamDetailList",
    "ExamEnvelope",
    "ExamList",
    "ExamSchedule",
    "ExamScheduleList",
    "ExamSection",
    "ExamSectionList",
    "FileUpload",
    "FillInTheBlankAnswer",
    "FillInTheBlankAnswerType",
    "FillInTheBlankQuestion",
    "FillInTheBlankQuestionEnvelope",
    "Format",
    "Grade",
    "GradebookItem",
    "GradebookItemEnvelope",
    "GradebookItemList",
    "GradebookItemWrite",
    "GradebookItemWriteGradebookItem",
    "GradeEnvelope",
    "GradeList",
    "GradeWrite",
    "GradeWriteGrade",
    "InstructorList",
    "Item",
    "ItemHierarchyEnvelope",
    "ItemHierarchyEnvelopeItemHierarchy",
    "ItemList",
    "ItemNode",
    "ItemNodeLinksItem",
    "ItemScheduleList",
    "LastResponseEnvelope",
    "LetterGradeEnvelope",
    "Link",
    "ManyMultipleChoiceAnswer",
    "ManyMultipleChoiceAnswerType",
    "ManyMultipleChoiceQuestion",
    "ManyMultipleChoiceQuestionEnvelope",
    "MatchingAnswer",
    "MatchingAnswerPair",
    "MatchingAnswerType",
    "MatchingQuestion",
    "MatchingQuestionEnvelope",
    "MeEnvelope",
    "MsOfficeDocument",
    "MsOfficeDocumentList",
    "MultipleChoiceAnswer",
    "MultipleChoiceAnswerType",
    "MultipleChoiceQuestion",
    "MultipleChoiceQuestionEnvelope",
    "Premise",
    "PremiseList",
    "Question",
    "QuestionList",
    "QuestionTypeSummary",
    "ReadStatus",
    "ReadStatusEnvelope",
    "ResponseAndAuthorComp",
    "ResponseAndAuthorCompList",
    "ResponseAuthorEnvelope",
    "ResponseBranchEnvelope",
    "ResponseCounts",
    "ResponseCountsEnvelope",
    "ResponseHierarchyEnvelope",
    "Role",
    "RoleEnvelope",
    "RosterCourseGradesToDateEnvelope",
    "RosterCourseGradeToDate",
    "RosterList",
    "RosterMemberEnvelope",
    "RosterUser",
    "Schedule",
    "ScheduleAccessSchedule",
    "ScheduleEnvelope",
    "ShortAnswer",
    "ShortAnswerType",
    "ShortQuestion",
    "ShortQuestionEnvelope",
    "SocialPerson",
    "SocialPersonName",
    "StudentList",
    "SystemDateTimeEnvelope",
    "SystemDateTimeEnvelopeSystemDateTime",
    "TeachingAssistantList",
    "TempFile",
    "TempFileLinks",
    "TempFileList",
    "Term",
    "TermList",
    "TextMultimedia",
    "TextMultimediaList",
    "ThreadedDiscussion",
    "ThreadedDiscussionList",
    "ThreadResponse",
    "ThreadResponseAuthor",
    "ThreadResponseList",
    "ThreadResponseWrite",
    "ThreadResponseWriteResponse",
    "TimeZoneEnvelope",
    "TimeZoneEnvelopeTimeZone",
    "TokenRequest",
    "TokenRequestGrantType",
    "TokenResponse",
    "Topic",
    "TopicContainerInfo",
    "TopicList",
    "TrueFalseAnswer",
    "TrueFalseAnswerType",
    "TrueFalseQuestion",
    "TrueFalseQuestionEnvelope",
    "UpcomingEvent",
    "UpcomingEventLinksItem",
    "UpcomingEventList",
    "UpcomingEventWhen",
    "User",
    "UserCourse",
    "UserCourseList",
    "UserGradebookItem",
    "UserGradebookItemList",
    "UserGradebookItemsTotalsEnvelope",
    "UserGradebookItemsTotalsEnvelopeUserGradebookItemsTotals",
    "UserList",
    "UserViewResponse",
    "UserViewResponseList",
    "WebContentUpload",
    "WebContentUploadList",
    "WebliographyEntry",
    "WebliographyEntryCategory",
    "WebliographyEntryCreate",
    "WebliographyEntryCreateWebliographyEntry",
    "WebliographyEntryCreateWebliographyEntryCategory",
    "WebliographyEntryCreateWebliographyEntrySite",
    "WebliographyEntryCreateWebliographyEntrySubmitter",
    "WebliographyEntryList",
    "WebliographyEntrySite",
)
