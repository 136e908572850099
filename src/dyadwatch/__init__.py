"""DyadWatch: who did what to whom and when, with the sentence that says so."""

__version__ = "0.1.0"
