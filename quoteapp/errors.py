"""Errors a person can act on.

Every class here carries a message fit to show as is: what went wrong and what
to do about it. The CLI prints it on one line; the app shows it in a dialog.
Any other exception is a bug and keeps its traceback.
"""


class QuoteappError(Exception):
    """Base of every error whose message is meant for the user."""


class SourceError(QuoteappError):
    """An article source could not be read."""


class SourceNotFound(SourceError):
    pass


class EmptySource(SourceError):
    pass


class BinarySource(SourceError):
    pass


class UnsupportedSource(SourceError):
    pass


class SourceTooLarge(SourceError):
    pass


class FetchError(SourceError):
    """A URL could not be fetched: unreachable, an HTTP error, or the wrong content."""


class NothingToLoad(SourceError):
    """A folder held no file that could be read as an article."""


class StoreError(QuoteappError):
    """The database cannot be used as asked."""


class NotAQuoteappDatabase(StoreError):
    pass


class DatabaseTooNew(StoreError):
    pass


class DatabaseLocked(StoreError):
    pass


class DatabaseReadOnly(StoreError):
    pass


class DatabaseDamaged(StoreError):
    """A database file SQLite finds corrupt, or one with quoteapp's marks but not its tables."""


class UntrustedDatabase(StoreError):
    """A database carrying triggers or views quoteapp's schema does not define."""


class DamagedRow(StoreError):
    """A row whose values quoteapp cannot have written (a negative offset, broken JSON)."""


class UnknownArticle(StoreError):
    pass


class UnknownQuote(StoreError):
    pass


class StaleEdit(StoreError):
    """An edit made on a view of a quote that another window or process has changed since."""


class InvalidEdit(StoreError):
    """An edit that would leave a quote in a state the store does not accept."""


class PipelineNotInstalled(QuoteappError):
    """The chosen spaCy pipeline is not installed in this environment."""


class GoldFormatError(QuoteappError):
    """A gold or prediction file that does not follow the format of EVAL.md."""


class PipelineUnfit(QuoteappError):
    """The chosen spaCy pipeline lacks what extraction needs, or its weights were not
    trained on it."""


class ExtraMissing(QuoteappError):
    """An optional feature whose packages are not installed; the message names the extra."""


class ExtractionFailed(QuoteappError):
    """An article whose parse or extraction failed; the message names it and why."""


class WriteError(QuoteappError):
    """An output file that could not be written: no such folder, no permission, disk full."""


class UnknownSpeaker(StoreError):
    pass
