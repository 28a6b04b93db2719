"""The command palette (Ctrl+Shift+P): every action by name, over the same action table
the menus and shortcuts come from."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget


class CommandPalette(QDialog):
    def __init__(self, parent: QWidget, actions: list[QAction]) -> None:
        super().__init__(parent)
        self.setObjectName("commandPalette")
        self.setWindowTitle("Command palette")
        self.resize(560, 420)
        self.actions_listed = [a for a in actions if a.objectName() != "palette"]
        self.query = QLineEdit(placeholderText="Type to find an action, Enter to run it")
        self.list = QListWidget()
        self.query.textChanged.connect(self._filter)
        self.query.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self.run())
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.list)
        self._filter("")

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        self.list.clear()
        for action in self.actions_listed:
            name = action.text().replace("&", "").rstrip("…")
            haystack = f"{name} {action.statusTip()}".lower()
            if all(w in haystack for w in words):
                keys = action.shortcut().toString()
                item = QListWidgetItem(f"{name}{'    ' + keys if keys else ''}")
                item.setToolTip(action.statusTip())
                item.setData(Qt.ItemDataRole.UserRole, action.objectName())
                item.setFlags(item.flags() if action.isEnabled() else Qt.ItemFlag.NoItemFlags)
                self.list.addItem(item)
        self.list.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down move in the list while the query keeps the keyboard."""
        if watched is self.query and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
            ):
                step = -1 if event.key() == Qt.Key.Key_Up else 1
                row = min(max(0, self.list.currentRow() + step), self.list.count() - 1)
                self.list.setCurrentRow(row)
                return True
            if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            ):
                self.run()
                return True
        return super().eventFilter(watched, event)

    def run(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        action = next((a for a in self.actions_listed if a.objectName() == name), None)
        self.accept()
        if action is not None and action.isEnabled():
            action.trigger()
