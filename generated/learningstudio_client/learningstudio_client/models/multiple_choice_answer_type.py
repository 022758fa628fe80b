from enum import StrEnum


class MultipleChoiceAnswerType(StrEnum):
    MULTIPLECHOICE = "multipleChoice"

    def __str__(self) -> str:
        return str(self.value)
