"""Every user action, declared once: menu, label, shortcuts, handler name, help text.

The main window builds its menus and shortcuts from this table, and the F1
help and the command palette are made from it, so none of them disagree.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ActionSpec:
    name: str
    menu: str
    text: str
    shortcuts: tuple[str, ...]
    handler: str
    help: str


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "open_files", "File", "Open &Files…", ("Ctrl+O",), "open_files", "Add articles from files"
    ),
    ActionSpec(
        "open_folder",
        "File",
        "Open F&older…",
        ("Ctrl+Shift+O",),
        "open_folder",
        "Add every article in a folder",
    ),
    ActionSpec(
        "open_url",
        "File",
        "Open &URL…",
        ("Ctrl+L",),
        "open_url",
        "Add the article at a web address",
    ),
    ActionSpec(
        "paste",
        "File",
        "New Article from &Clipboard",
        ("Ctrl+Shift+V",),
        "paste_article",
        "Add the text on the clipboard as an article",
    ),
    ActionSpec(
        "extract",
        "File",
        "&Extract Current Article Again",
        ("Ctrl+E",),
        "extract_current",
        "Re-run extraction; your decisions are kept",
    ),
    ActionSpec(
        "extract_new",
        "File",
        "Extract All &New Articles",
        ("Ctrl+Shift+E",),
        "extract_new",
        "Extract every article not yet extracted",
    ),
    ActionSpec(
        "export",
        "File",
        "E&xport…",
        ("Ctrl+Shift+S",),
        "export",
        "Write quotes to CSV, XLSX, JSONL or gold data",
    ),
    ActionSpec(
        "import_gold",
        "File",
        "&Import Gold…",
        ("Ctrl+Shift+I",),
        "import_gold",
        "Load a gold file's quotes as reviewed, to browse them",
    ),
    ActionSpec(
        "evaluate",
        "File",
        "E&valuate against Gold…",
        ("Ctrl+Shift+G",),
        "evaluate",
        "Score this database's quotes against a gold file",
    ),
    ActionSpec(
        "open_db",
        "File",
        "Open &Database…",
        ("Ctrl+Shift+D",),
        "open_database",
        "Switch to another database file",
    ),
    ActionSpec(
        "new_db",
        "File",
        "New Data&base…",
        ("Ctrl+Alt+N",),
        "new_database",
        "Start a new, empty database",
    ),
    ActionSpec(
        "settings",
        "File",
        "&Settings…",
        ("Ctrl+,",),
        "show_settings",
        "Choose the spaCy pipeline and the database",
    ),
    ActionSpec(
        "reviewer",
        "File",
        "Re&viewer Name…",
        (),
        "set_reviewer",
        "The name recorded on each of your changes",
    ),
    ActionSpec(
        "quit",
        "File",
        "&Quit",
        ("Ctrl+Q",),
        "close",
        "Close quoteapp (everything is already saved)",
    ),
    ActionSpec("undo", "Edit", "&Undo", ("Ctrl+Z",), "undo", "Undo the last change"),
    ActionSpec("redo", "Edit", "&Redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "redo", "Redo what was undone"),
    ActionSpec("accept", "Edit", "&Accept Quote", ("A",), "accept", "Mark the current quote right"),
    ActionSpec("reject", "Edit", "&Reject Quote", ("R",), "reject", "Mark the current quote wrong"),
    ActionSpec(
        "accept_shown",
        "Edit",
        "Accept All &Shown…",
        ("Shift+A",),
        "accept_shown",
        "Accept every quote the table shows (after one confirmation)",
    ),
    ActionSpec(
        "reject_shown",
        "Edit",
        "Reject All Sho&wn…",
        ("Shift+R",),
        "reject_shown",
        "Reject every quote the table shows (after one confirmation)",
    ),
    ActionSpec(
        "speaker", "Edit", "Set &Speaker…", ("S",), "set_speaker", "Name who said the current quote"
    ),
    ActionSpec(
        "kind", "Edit", "Change &Kind…", ("E",), "change_kind", "Direct, partial or indirect"
    ),
    ActionSpec("kind_direct", "Edit", "Kind: Di&rect", ("D",), "kind_direct", "Make it direct"),
    ActionSpec("kind_partial", "Edit", "Kind: &Partial", ("P",), "kind_partial", "Make it partial"),
    ActionSpec(
        "kind_indirect", "Edit", "Kind: &Indirect", ("I",), "kind_indirect", "Make it indirect"
    ),
    ActionSpec(
        "cue",
        "Edit",
        "Set &Cue from Selection",
        ("C",),
        "set_cue",
        "Select the cue words (said, told), then press C",
    ),
    ActionSpec(
        "mention",
        "Edit",
        "Set Speaker Mention from Selection",
        ("W",),
        "set_mention",
        "Select who said it as written, then press W",
    ),
    ActionSpec(
        "new_quote",
        "Edit",
        "&New Quote from Selection",
        ("N",),
        "new_quote",
        "Select text in the article, then press N",
    ),
    ActionSpec(
        "move",
        "Edit",
        "&Move Quote to Selection",
        ("M",),
        "move_quote",
        "Select text, then press M to make it the current quote's span",
    ),
    ActionSpec(
        "delete", "Edit", "&Delete Quote", ("Delete",), "delete_quote", "Remove a false quote"
    ),
    ActionSpec("next", "Go", "&Next Quote", ("J", "Down"), "next_quote", "Go to the next quote"),
    ActionSpec(
        "previous",
        "Go",
        "&Previous Quote",
        ("K", "Up"),
        "previous_quote",
        "Go to the previous quote",
    ),
    ActionSpec(
        "unreviewed",
        "Go",
        "Next &Unreviewed Quote",
        ("U",),
        "next_unreviewed",
        "Jump to the next quote nobody has judged",
    ),
    ActionSpec(
        "next_article",
        "Go",
        "Next &Article",
        ("Ctrl+Down",),
        "next_article",
        "Go to the next article",
    ),
    ActionSpec(
        "previous_article",
        "Go",
        "P&revious Article",
        ("Ctrl+Up",),
        "previous_article",
        "Go to the previous article",
    ),
    ActionSpec(
        "filter",
        "Go",
        "&Filter Articles",
        ("Ctrl+F",),
        "focus_filter",
        "Type to filter the article list",
    ),
    ActionSpec(
        "search",
        "View",
        "&Search All Quotes",
        ("Ctrl+Shift+F",),
        "show_search",
        "Search every quote in the database; A and R work on the hits",
    ),
    ActionSpec(
        "speakers",
        "View",
        "S&peakers",
        ("Ctrl+Shift+K",),
        "show_speakers",
        "A page per speaker: their quotes, merge, rename",
    ),
    ActionSpec(
        "statistics",
        "View",
        "S&tatistics",
        ("Ctrl+Shift+T",),
        "show_statistics",
        "Charts of quotes per speaker, article and kind, and review progress",
    ),
    ActionSpec(
        "cancel",
        "File",
        "Cancel E&xtraction",
        ("Ctrl+.",),
        "cancel",
        "Stop extracting after the current article",
    ),
    ActionSpec(
        "palette",
        "Help",
        "&Command Palette…",
        ("Ctrl+Shift+P",),
        "show_palette",
        "Find any action by name and run it",
    ),
    ActionSpec("menus", "Help", "Open the &Menus", ("F10",), "open_menus", "Go to the menu bar"),
    ActionSpec("help", "Help", "&Keyboard Shortcuts", ("F1",), "show_shortcuts", "This list"),
)

# menu titles with their Alt keys (Alt+F opens File)
MENUS = {"File": "&File", "Edit": "&Edit", "Go": "&Go", "View": "&View", "Help": "&Help"}
