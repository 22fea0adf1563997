"""Help: the guide from ``resources/help``, a list of topics with a search box, and the text.

Links between topics open the other topic; links to web sites are shown as text and never
opened, because the app does not go online. The same page sits inside a dialog on the screens
before a vault is open (``HelpDialog``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, QRect, QSize, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.services import app_settings, help_guide
from dpkeeper.ui import theme
from dpkeeper.ui.dialogs.tour import FirstRunTour

#: The guide's section about each page of the workspace ("What is this?" and F1).
SECTION_FOR_PAGE = {
    "home": "welcome",
    "money": "money",
    "receipts": "receipts",
    "plan": "plan",
    "staff": "employing-a-pa",
    "hours": "hours-and-staff",
    "statements": "statements",
    "settings": "safety",
}
FIRST_SECTION = "welcome"
LIST_WIDTH_EM = 16  # the list of topics, in multiples of the font height

# Tables and no raw HTML, but no automatic links: web addresses stay plain text.
_MARKDOWN = QTextDocument.MarkdownFeature(
    QTextDocument.MarkdownFeature.MarkdownNoHTML.value | 0x0100  # 0x0100: MD_FLAG_TABLES
)
_SECTION_ID = Qt.ItemDataRole.UserRole
_SNIPPET = Qt.ItemDataRole.UserRole + 1
_WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def section_for_page(page_key: str) -> str:
    return SECTION_FOR_PAGE.get(page_key, FIRST_SECTION)


def guide_language() -> str:
    """The language chosen in Settings, or else the computer's own."""
    return app_settings.language() or QLocale().name()


class TopicDelegate(QStyledItemDelegate):
    """A topic in the list: its title in bold and, while searching, a few words from it below."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def _fonts(self, option: QStyleOptionViewItem, index: QModelIndex) -> tuple[QFont, QFont]:
        """The title's font (bold above a snippet, to tell them apart) and the snippet's."""
        title = QFont(option.font)
        title.setBold(bool(index.data(_SNIPPET)))
        return title, option.font

    def _text_rect(self, rect: QRect, option: QStyleOptionViewItem) -> QRect:
        pad = QFontMetrics(option.font).height() // 3
        return rect.adjusted(pad, pad, -pad, -pad)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        # Leave room for a scroll bar even before it shows, so a title never needs another line.
        scroll_bar = self.view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = self.view.contentsRect().width() - scroll_bar - 2 * self.view.spacing()
        area = self._text_rect(QRect(0, 0, width, 100_000), option)
        bold, plain = self._fonts(option, index)
        height = QFontMetrics(bold).boundingRect(area, _WRAP, index.data()).height()
        snippet = index.data(_SNIPPET)
        if snippet:
            height += QFontMetrics(plain).boundingRect(area, _WRAP, snippet).height()
        return QSize(width, height + (100_000 - area.height()))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        title, item.text = item.text, ""
        style = item.widget.style() if item.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        bold, plain = self._fonts(option, index)
        area = self._text_rect(item.rect, option)
        painter.save()
        painter.setPen(item.palette.color(role))
        painter.setLayoutDirection(item.direction)
        painter.setFont(bold)
        used = QFontMetrics(bold).boundingRect(area, _WRAP, title)
        painter.drawText(area, _WRAP, title)
        snippet = index.data(_SNIPPET)
        if snippet:
            painter.setFont(plain)
            painter.drawText(area.adjusted(0, used.height(), 0, 0), _WRAP, snippet)
        painter.restore()


class HelpPage(QWidget):
    def __init__(self, language: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide = help_guide.load(language or guide_language())
        self.current_section = ""
        self.tour: FirstRunTour | None = None
        self.side_panel = QWidget()  # the search box, the topics and the tour button

        self.search = theme.name(QLineEdit(), "helpSearch", self.tr("Search the guide (Ctrl+F)"))
        self.search.setPlaceholderText(self.tr("Search the guide"))
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel(self.tr("&Search:"))
        self.search_label.setBuddy(self.search)
        self.found = theme.name(QLabel(), "helpSearchResult", self.tr("Search result"))
        self.found.setWordWrap(True)
        self.found.hide()
        self.topics = theme.name(QListWidget(), "helpTopics", self.tr("Topics in the guide"))
        self.topics.setResizeMode(QListView.ResizeMode.Adjust)  # wrap again when resized
        self.topics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.topics.setItemDelegate(TopicDelegate(self.topics))
        self.reader = theme.name(QTextBrowser(), "helpText", self.tr("Guide text"))
        self.reader.setOpenLinks(False)
        self.reader.setOpenExternalLinks(False)
        self.tour_button = theme.name(
            QPushButton(self.tr("Show the &tour again")),
            "showTourAgain",
            self.tr("Show the tour again"),
        )

        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._open_first_match)
        self.search.installEventFilter(self)
        self.topics.currentItemChanged.connect(self._topic_chosen)
        self.topics.itemActivated.connect(lambda _item: self.reader.setFocus())
        self.reader.anchorClicked.connect(self._link_followed)
        self.tour_button.clicked.connect(self.show_tour)
        find = QAction(self)
        find.setObjectName("helpFindAction")
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self._focus_search)
        self.addAction(find)

        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.search_label)
        side.addWidget(self.search)
        side.addWidget(self.found)
        side.addWidget(self.topics, 1)
        side.addLayout(theme.left(self.tour_button))
        self.side_panel.setLayout(side)
        layout = QHBoxLayout(self)
        layout.addWidget(self.side_panel, 1)
        layout.addWidget(self.reader, 2)
        self.setTabOrder(self.search, self.topics)
        self.setTabOrder(self.topics, self.reader)
        self.setTabOrder(self.reader, self.tour_button)

        self._list_sections(self.guide.sections)
        self._fit_to_text_size()
        self.open_section(FIRST_SECTION)

    # Workspace protocol ------------------------------------------------------------------------

    def show_session(self, _session: object) -> None:
        """The guide is the same for every vault."""

    def refresh(self) -> None:
        """Nothing to re-read: the guide does not change while the app runs."""

    def focus_on(self, section_id: object) -> None:
        """Open a section (e.g. ``"money"``) and put the keyboard in its text, ready to read."""
        if isinstance(section_id, str) and self.guide.section(section_id) is not None:
            if self.search.text():
                self.search.clear()
            self.open_section(section_id)
        self.reader.setFocus()

    # Showing a section -------------------------------------------------------------------------

    def open_section(self, section_id: str) -> None:
        section = self.guide.section(section_id)
        if section is None:
            return
        self.current_section = section_id
        self._render()
        self.reader.setAccessibleDescription(section.title)
        for row in range(self.topics.count()):
            if self.topics.item(row).data(_SECTION_ID) == section_id:
                self.topics.blockSignals(True)
                self.topics.setCurrentRow(row)
                self.topics.blockSignals(False)
                break
        else:
            self.topics.clearSelection()

    def _render(self) -> None:
        section = self.guide.section(self.current_section)
        if section is None:
            return
        self.reader.document().setMarkdown(help_guide.without_web_links(section.text), _MARKDOWN)
        self.reader.document().setDocumentMargin(self.fontMetrics().height() * 0.8)

    def _fit_to_text_size(self) -> None:
        self.side_panel.setMaximumWidth(self.fontMetrics().height() * LIST_WIDTH_EM)

    def changeEvent(self, event: QEvent) -> None:
        # Larger text or another theme: draw the section again so headings and links follow.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._fit_to_text_size()
            self._render()
        super().changeEvent(event)

    def _topic_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.open_section(item.data(_SECTION_ID))

    def _link_followed(self, url: QUrl) -> None:
        target = url.toString()
        if help_guide.is_internal(target) and self.guide.section(target) is not None:
            if self.search.text():
                self.search.clear()
            self.open_section(target)
            self.reader.setFocus()

    # Topics and searching ----------------------------------------------------------------------

    def _list_sections(self, sections, snippets: dict[str, str] | None = None) -> None:
        self.topics.blockSignals(True)
        self.topics.clear()
        for section in sections:
            snippet = (snippets or {}).get(section.id, "")
            item = QListWidgetItem(section.title)
            item.setData(_SECTION_ID, section.id)
            item.setData(_SNIPPET, snippet)
            spoken = f"{section.title}. {snippet}" if snippet else section.title
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            self.topics.addItem(item)
        self.topics.blockSignals(False)

    def _search_changed(self, words: str) -> None:
        if not words.strip():
            self.found.hide()
            self._list_sections(self.guide.sections)
            self.open_section(self.current_section)
            return
        matches = self.guide.search(words)
        self._list_sections(
            [m.section for m in matches], {m.section.id: m.snippet for m in matches}
        )
        if matches:
            text = (
                self.tr("1 topic has these words.")
                if len(matches) == 1
                else self.tr("%1 topics have these words.").replace("%1", str(len(matches)))
            )
        else:
            text = self.tr(
                "Nothing in the guide has all of these words. Try fewer words, or a shorter one, "
                "like “pay” or “receipt”."
            )
        self.found.setText(text)
        self.found.setAccessibleName(text)
        self.found.show()
        if matches and self.current_section in {m.section.id for m in matches}:
            self.open_section(self.current_section)

    def _open_first_match(self) -> None:
        """Enter in the search box opens the best match and moves on to its text."""
        item = self.topics.item(0)
        if item is not None:
            self.open_section(item.data(_SECTION_ID))
            self.reader.setFocus()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down arrow in the search box moves into the list of topics, as in a search field.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.topics.count()
        ):
            self.topics.setFocus()
            self.topics.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    # The tour ----------------------------------------------------------------------------------

    def show_tour(self) -> None:
        self.tour = FirstRunTour(self)
        self.tour.open()


class HelpDialog(QDialog):
    """The guide before any vault is open (F1 on the welcome and unlock screens)."""

    def __init__(self, section_id: str = FIRST_SECTION, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("Help and guide")
        self.setWindowTitle(title)
        theme.name(self, "helpDialog", title)
        self.page = HelpPage(parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        theme.name(close, "closeHelp", close.text().replace("&", ""))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        height = self.fontMetrics().height()
        self.resize(height * 52, height * 36)
        self.page.focus_on(section_id)
