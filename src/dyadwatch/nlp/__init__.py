"""Language processing shared by the coders: sentence splitting."""

from dyadwatch.nlp.sentences import split_sentences

__all__ = ["split_sentences"]
