from enum import StrEnum


class ManyMultipleChoiceAnswerType(StrEnum):
    MANYMULTIPLECHOICE = "manyMultipleChoice"

    def __str__(self) -> str:
        return str(self.value)
