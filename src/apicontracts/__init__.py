"""Contract tooling for the Assignr v2 and Pearson LearningStudio APIs."""

__version__ = "0.1.0"
