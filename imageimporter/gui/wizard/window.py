"""The wizard window: the steps in a stack, Back and Next decided by ``core.wizard_flow``.

Every question comes first; the upload starts in the background when the storage step is left
(a strip under the heading shows it), and the review step's Import runs the rest unattended.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from imageimporter.core import paths
from imageimporter.core.error_catalog import Remedy
from imageimporter.core.errors import AppError
from imageimporter.core.job import Job, JobState, new_job_id
from imageimporter.core.units import format_size
from imageimporter.core.wizard_flow import (
    Blocker,
    BlockerCode,
    Page,
    blockers,
    import_requested,
    next_page,
    previous_page,
    resume_page,
    state_for_job,
)
from imageimporter.gui.i18n import LANGUAGE_KEY, LANGUAGES, translate_text
from imageimporter.gui.resources import app_icon_path
from imageimporter.gui.wizard.account_page import AccountPage
from imageimporter.gui.wizard.authorization_page import AuthorizationPage
from imageimporter.gui.wizard.common import BasePage, ErrorPanel, label
from imageimporter.gui.wizard.context import WizardContext, WizardServices
from imageimporter.gui.wizard.details_page import DetailsPage
from imageimporter.gui.wizard.disks_page import DisksPage
from imageimporter.gui.wizard.job_runner import RunPhase
from imageimporter.gui.wizard.progress_page import ProgressPage
from imageimporter.gui.wizard.review_page import ReviewPage
from imageimporter.gui.wizard.storage_page import StoragePage

CLOSE_WAIT_MS = 5_000
# The smallest window every step must work in (a small laptop screen with a task bar): a step
# taller than that scrolls, and texts wrap.
MINIMUM_WIDTH, MINIMUM_HEIGHT = 700, 500
GEOMETRY_KEY = "window/geometry"


def default_settings() -> QSettings:
    return QSettings(str(paths.config_dir() / "gui.ini"), QSettings.Format.IniFormat)


class CurrentPageStack(QStackedWidget):
    """A stack as big as the page it shows. A QStackedWidget is as big as its biggest page, so
    in a small window a short step (the progress) would scroll for the sake of one not shown."""

    def _shown(self) -> QWidget | None:
        return self.currentWidget()

    def sizeHint(self) -> QSize:
        shown = self._shown()
        return shown.sizeHint() if shown is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        shown = self._shown()
        return shown.minimumSizeHint() if shown is not None else super().minimumSizeHint()

    def heightForWidth(self, width: int) -> int:
        shown = self._shown()
        return shown.heightForWidth(width) if shown is not None else super().heightForWidth(width)


def _first_focusable(page: QWidget) -> QWidget:
    """The first control of ``page`` that Tab reaches (the page itself when it has none)."""
    widget: QWidget | None = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            page.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isEnabled()
            and not widget.isHidden()
            and widget.isVisibleTo(page)
        ):
            return widget
        widget = widget.nextInFocusChain()
    return page


class WizardWindow(QMainWindow):
    def __init__(
        self,
        services: WizardServices | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services or WizardServices()
        self.settings = settings or default_settings()
        self.context = WizardContext(self.services, self)
        self.setWindowTitle(self.tr("Image Importer"))
        self.setMinimumSize(MINIMUM_WIDTH, MINIMUM_HEIGHT)
        self.resize(900, 680)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.sandbox_banner = label("", central)
        self.sandbox_banner.setObjectName("sandboxBanner")
        self.sandbox_banner.setStyleSheet(
            "#sandboxBanner { background: #fff3cd; color: #664d03; padding: 6px; "
            "border: 1px solid #ffe69c; border-radius: 4px; }"
        )
        self.sandbox_banner.setText(
            self.tr(
                "Sandbox: you are using a practice cloud on this computer. Nothing is sent to "
                "Alibaba Cloud and no image is really created."
            )
        )
        self.sandbox_banner.setAccessibleName(self.tr("Sandbox notice"))
        self.sandbox_banner.hide()
        layout.addWidget(self.sandbox_banner)

        self.resume_bar = QFrame(central)
        self.resume_bar.setFrameShape(QFrame.Shape.StyledPanel)
        resume_layout = QHBoxLayout(self.resume_bar)
        self.resume_label = label("", self.resume_bar)
        self.resume_button = QPushButton(self.tr("Continue"), self.resume_bar)
        self.resume_button.setAccessibleName(self.tr("Continue the unfinished job"))
        self.resume_button.clicked.connect(self._continue_latest)
        self.jobs_button = QPushButton(self.tr("Show jobs"), self.resume_bar)
        self.jobs_button.setAccessibleName(self.tr("Show the jobs"))
        self.jobs_button.clicked.connect(self.show_jobs)
        self.dismiss_button = QPushButton(self.tr("Not now"), self.resume_bar)
        self.dismiss_button.setAccessibleName(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(self.resume_bar.hide)
        resume_layout.addWidget(self.resume_label, 1)
        for widget in (self.resume_button, self.jobs_button, self.dismiss_button):
            resume_layout.addWidget(widget)
        self.resume_bar.hide()
        layout.addWidget(self.resume_bar)

        self.heading = QLabel(central)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.step_label = QLabel(central)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.step_label)
        layout.addLayout(head)
        self.background_label = label("", central)
        self.background_label.setObjectName("backgroundUpload")
        self.background_label.setAccessibleName(self.tr("Background upload"))
        self.background_label.hide()
        layout.addWidget(self.background_label)

        self.stack = CurrentPageStack(central)
        self.pages: dict[Page, BasePage] = {}
        page: BasePage
        for page in (
            AccountPage(self.context),
            DisksPage(self.context, self.settings),
            StoragePage(self.context),
            DetailsPage(self.context),
            AuthorizationPage(self.context),
            ReviewPage(self.context),
            ProgressPage(self.context),
        ):
            self.pages[page.page] = page
            self.stack.addWidget(page)
        scroll = QScrollArea(central)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.stack)
        layout.addWidget(scroll, 1)
        self.error = ErrorPanel(central)
        layout.addWidget(self.error)

        nav = QHBoxLayout()
        self.reason_label = label("", central, content=False)
        self.reason_label.setAccessibleName(self.tr("Why Next is not available"))
        self.back_button = QPushButton(self.tr("< &Back"), central)
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self.tr("&Next >"), central)
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.clicked.connect(self.go_next)
        self.new_button = QPushButton(self.tr("New import"), central)
        self.new_button.setAccessibleName(self.tr("Start a new import"))
        self.new_button.clicked.connect(self.new_import)
        nav.addWidget(self.reason_label, 1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        nav.addWidget(self.new_button)
        layout.addLayout(nav)
        self.setCentralWidget(central)

        self._build_menus()
        self.page(Page.PROGRESS).error.action_requested.connect(self._remedy)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QIcon(str(app_icon_path())), self)
            self.tray.setToolTip(self.tr("Image Importer"))
            self.tray.show()
        self.notified: list[tuple[str, str]] = []

        self.context.changed.connect(self._update_nav)
        self.context.connection_changed.connect(self._update_banner)
        self.context.job_updated.connect(self._job_updated)
        self.context.runner.pipeline_event.connect(self._show_background)
        self.context.runner.changed.connect(self._show_background)
        self.context.runner.changed.connect(self._update_default)
        self.context.job_updated.connect(lambda job: self._update_default())
        self.context.runner.failed.connect(self._background_failed)
        self.default_button: QPushButton | None = None
        self.close_box: QMessageBox | None = None
        self.in_background = False
        self.current = Page.ACCOUNT
        self._restore_geometry()
        self.show_page(Page.ACCOUNT)
        self._check_unfinished()
        if self.services.start_with_sandbox:
            self.account_page.use_sandbox()

    # -- pages ---------------------------------------------------------------------------------
    @property
    def account_page(self) -> AccountPage:
        return self.pages[Page.ACCOUNT]  # type: ignore[return-value]

    def page(self, page: Page) -> Any:
        return self.pages[page]

    def details_page(self) -> DetailsPage:
        page = self.pages[Page.DETAILS]
        assert isinstance(page, DetailsPage)
        return page

    def show_page(self, page: Page) -> None:
        self.current = page
        widget = self.pages[page]
        self.stack.setCurrentWidget(widget)
        self.stack.updateGeometry()
        self.heading.setText(widget.title())
        self.step_label.setText(
            self.tr("Step {n} of {total}").format(n=int(page) + 1, total=len(Page))
        )
        self.next_button.setText(self.tr("&Import") if page is Page.REVIEW else self.tr("&Next >"))
        if page is Page.PROGRESS:
            self.error.clear()  # the timeline shows the job's errors itself
        widget.enter()
        self._update_nav()
        self._show_background()
        if page is Page.REVIEW:
            # Not on Import: a second Enter after the one that came here must not start it.
            _first_focusable(widget).setFocus()
        else:
            (self.default_button or _first_focusable(widget)).setFocus()

    def go_next(self) -> None:
        if blockers(self.current, self.context.state):
            if self.current is Page.DETAILS:
                self.page(Page.DETAILS).touch_all()
            return
        following = next_page(self.current, self.context.state)
        if following is None:
            return
        spec = self.context.spec
        if self.current is Page.REVIEW and spec is None:
            return  # nothing to import yet (the details step says why)
        self.pages[self.current].leave_forward()
        if self.current is Page.STORAGE:
            self.context.runner.upload()  # in the background while the questions go on
        elif self.current is Page.REVIEW and spec is not None:
            self.context.runner.start_import(spec)
        self.show_page(following)

    def go_back(self) -> None:
        before = previous_page(self.current, self.context.state)
        if before is not None:
            self.show_page(before)

    def new_import(self) -> None:
        """Start again from the disks (the account stays connected)."""
        from imageimporter.core.wizard_flow import WizardState

        state = self.context.state
        self.context.state = WizardState(
            connected=state.connected, is_sandbox=state.is_sandbox, region=state.region
        )
        self.context.reports = []
        self.context.plans = {}
        self.context.key_tag = new_job_id()
        self.context.job = None
        self.context.spec = None
        self.context.runner.forget()
        disks = self.page(Page.DISKS)
        disks.table.setRowCount(0)
        self.show_page(Page.DISKS if state.connected else Page.ACCOUNT)

    def _update_nav(self) -> None:
        state = self.context.state
        found = blockers(self.current, state)
        self.next_button.setEnabled(not found and self.current is not Page.PROGRESS)
        self.next_button.setVisible(self.current is not Page.PROGRESS)
        self.back_button.setEnabled(previous_page(self.current, state) is not None)
        self.new_button.setVisible(
            self.current is Page.PROGRESS
            and state.job_state in (JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED)
        )
        self.reason_label.setText(self.blocker_text(found[0]) if found else "")
        self._update_default()

    def _update_default(self) -> None:
        """One default button, the step's likely next action, which Enter in a field presses
        (``press_default``) and the keyboard lands on: Next, or Import on the review step; on
        the progress step none while the work runs, Try again after a failure, New import once
        the job is over. When the job ends on the progress step, the focus goes to it."""
        progress = self.page(Page.PROGRESS)
        chosen: QPushButton | None = self.next_button
        if self.current is Page.PROGRESS:
            chosen = progress.primary_button()
            if chosen is None and not self.new_button.isHidden():
                chosen = self.new_button
        for candidate in (self.next_button, self.new_button, progress.retry_button):
            candidate.setDefault(candidate is chosen)
        if (
            self.current is Page.PROGRESS
            and chosen is not None
            and chosen is not self.default_button
        ):
            chosen.setFocus()
        self.default_button = chosen

    def blocker_text(self, blocker: Blocker) -> str:
        disk = ""
        if blocker.disk is not None:
            disk = (
                self.tr("The system disk")
                if blocker.disk == 0
                else self.tr("Data disk {n}").format(n=blocker.disk)
            )
        texts = {
            BlockerCode.NOT_CONNECTED: self.tr("Connect to an account, or try the sandbox."),
            BlockerCode.CONNECTING: self.tr("Checking the credentials…"),
            BlockerCode.NO_REGION: self.tr("Choose a region."),
            BlockerCode.NO_SYSTEM_DISK: self.tr("Choose the system disk image."),
            BlockerCode.TOO_MANY_DISKS: self.tr("An image has at most 16 data disks."),
            BlockerCode.INSPECTING: self.tr("{disk} is being checked…").format(disk=disk),
            BlockerCode.DISK_UNREADABLE: self.tr("{disk} cannot be read.").format(disk=disk),
            BlockerCode.DISK_NOT_IMPORTABLE: self.tr(
                "{disk} cannot be imported; see its problems and hints."
            ).format(disk=disk),
            BlockerCode.SAME_FILE_TWICE: self.tr("{disk} is the same file as another disk.").format(
                disk=disk
            ),
            BlockerCode.NO_BUCKET: self.tr("Choose or create a bucket."),
            BlockerCode.BUCKET_REGION_MISMATCH: self.tr(
                "The bucket is in {region}, not in the image's region."
            ).format(region=blocker.detail),
            BlockerCode.OBJECT_KEY_INVALID: self.tr("{disk}: the object name is not valid.").format(
                disk=disk
            ),
            BlockerCode.OBJECT_KEY_DUPLICATE: self.tr("Two disks have the same object name."),
            # The page knows whether anything is actually shown in red.
            BlockerCode.DETAILS_INVALID: self.details_page().blocker_sentence(),
            BlockerCode.CHECKING_ROLE: self.tr("Checking the role…"),
            BlockerCode.ROLE_NOT_READY: self.tr("Set up the role first."),
            BlockerCode.BUSY: self.tr("The dry run is running."),
        }
        return texts.get(blocker.code, blocker.code.value)

    def _update_banner(self) -> None:
        self.sandbox_banner.setVisible(self.context.state.is_sandbox)

    def _remedy(self, value: str) -> None:
        """An error's fix button: the step that fixes it, or the retry."""
        remedy = Remedy(value) if value in set(Remedy) else Remedy.NONE
        if remedy is Remedy.RETRY:
            self.page(Page.PROGRESS).retry()
        elif self.context.state.submitted:
            return  # the spec can no longer change
        elif remedy is Remedy.SETUP_ROLE:
            self.context.state.role_checked = False
            self.show_page(Page.AUTHORIZATION)
        elif remedy is Remedy.CHANGE_NAME:
            self.show_page(Page.DETAILS)
            name = self.page(Page.DETAILS).name_edit
            name.setFocus()
            name.selectAll()

    # -- jobs ----------------------------------------------------------------------------------
    def _check_unfinished(self) -> None:
        store = self.context.jobs

        def unfinished(worker: object) -> list[Job]:
            return [j for j in store().unfinished() if j.state is not JobState.DRAFT or j.disks]

        self.context.pool.start(unfinished, on_finished=self._unfinished_found)

    def _unfinished_found(self, jobs: list[Job]) -> None:
        self.unfinished_jobs = sorted(jobs, key=lambda j: j.updated_at, reverse=True)
        if not jobs or self.context.job is not None:
            return
        latest = self.unfinished_jobs[0]
        names = ", ".join(Path(d.path).name for d in latest.disks)
        self.resume_label.setText(
            self.tr(
                "{count} import(s) did not finish. The latest ({files}) stopped at: {state}."
            ).format(count=len(jobs), files=names, state=latest.state.value)
        )
        self.resume_bar.show()

    def _continue_latest(self) -> None:
        if getattr(self, "unfinished_jobs", None):
            self.resume_job(self.unfinished_jobs[0])

    def show_jobs(self) -> None:
        from imageimporter.gui.jobs_window import JobsWindow

        dialog = JobsWindow(
            self.context.jobs(), self.context.pool, self, reconnect=self.services.reconnect
        )
        dialog.continue_requested.connect(self.resume_job)
        dialog.show()
        self.jobs_window = dialog

    def resume_job(self, job: Job) -> None:
        """Reconnect where the job was made, and carry on at the page of its state."""
        current = self.context.job
        if self.context.runner.busy:
            if current is not None and current.id == job.id:
                self.show_page(resume_page(job))
                return
            self.error.show_error(
                AppError(
                    self.tr("Another import is running in this window."),
                    self.tr("Pause it (or let it finish) first, then continue this one."),
                    code="JobRunning",
                )
            )
            return
        self.resume_bar.hide()
        reconnect = self.services.reconnect

        def prepare(worker: object) -> tuple[Any, list[Any], dict[str, Any]]:
            from imageimporter.core.disk_plan import plan_disk
            from imageimporter.core.inspect import inspect_path

            connection = reconnect(job)
            reports: list[Any] = []
            plans: dict[str, Any] = {}
            for disk in job.disks:
                try:
                    report = inspect_path(disk.path)
                except AppError:
                    reports.append(None)
                    continue
                reports.append(report)
                plans[disk.path] = plan_disk(report, as_is=not disk.converted)
            return connection, reports, plans

        self.context.pool.start(
            prepare,
            on_finished=lambda result: self._resumed(job, *result),
            on_failed=self.error.show_error,
        )

    def _resumed(
        self, job: Job, connection: Any, reports: list[Any], plans: dict[str, Any]
    ) -> None:
        self.context.set_connection(connection)
        self.context.state = state_for_job(job, connection.is_sandbox)
        self.context.reports = reports
        self.context.plans = plans
        self.context.set_job(job)
        self._update_banner()
        target = resume_page(job)
        runner = self.context.runner
        runner.import_wanted = import_requested(job)
        if target is not Page.REVIEW and not job.ended:
            runner.resume()  # the upload goes on in the background, or the job to its end
        self.show_page(target)

    def _job_updated(self, job: Job) -> None:
        """A desktop notification when the job ends (the window may be hidden or behind)."""
        if not (job.state is JobState.SUCCEEDED or job.failed_after_submit):
            return
        key = (job.id, job.state.value)
        if key in self.notified:
            return
        self.notified.append(key)
        if job.state is JobState.SUCCEEDED:
            title = self.tr("Import finished")
            text = self.tr("The image {name} ({image}) is ready.").format(
                name=job.spec.image_name, image=job.image_id
            )
            icon = QSystemTrayIcon.MessageIcon.Information
        else:
            title = self.tr("Import failed")
            text = translate_text(job.last_error.message) if job.last_error else ""
            icon = QSystemTrayIcon.MessageIcon.Warning
        if self.tray is not None:
            self.tray.showMessage(title, text, icon)
        else:
            QApplication.alert(self)  # the task bar entry asks for attention instead
        if self.in_background:
            self._quit_from_background()

    def _background_failed(self, error: AppError) -> None:
        """The progress page shows a failure in its timeline; on the other steps it would
        go unseen, so the window shows it (the upload resumes with the Import click)."""
        if self.current is not Page.PROGRESS:
            self.error.show_error(error)

    def _show_background(self, *_event: object) -> None:
        """While the questions go on, a line says how the upload in the background is doing."""
        runner = self.context.runner
        job = self.context.job
        visible = (
            self.current is not Page.PROGRESS
            and job is not None
            and not job.all_uploaded
            and runner.phase in (RunPhase.UPLOADING, RunPhase.RUNNING, RunPhase.PAUSED)
        )
        self.background_label.setVisible(visible)
        if not visible:
            return
        progress = self.page(Page.PROGRESS)
        done = sum(min(r.done, r.total) for r in progress.rows)
        total = sum(r.total for r in progress.rows)
        words = (
            self.tr("Upload paused: {done} of {total}.")
            if runner.phase is RunPhase.PAUSED
            else self.tr("Uploading in the background: {done} of {total}.")
        )
        self.background_label.setText(
            words.format(done=format_size(done), total=format_size(total))
        )

    # -- menus, language, geometry ----------------------------------------------------------
    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        jobs = QAction(self.tr("&Jobs…"), self)
        jobs.setShortcut(QKeySequence("Ctrl+J"))
        jobs.triggered.connect(self.show_jobs)
        file_menu.addAction(jobs)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        language_menu = menu_bar.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = str(self.settings.value(LANGUAGE_KEY, "") or "")
        system = QAction(self.tr("System language"), self)
        system.setCheckable(True)
        system.setChecked(not current)
        system.triggered.connect(lambda: self.set_language(""))
        group.addAction(system)
        language_menu.addAction(system)
        for code, name in LANGUAGES.items():
            action = QAction(name, self)
            action.setProperty("content", True)
            action.setCheckable(True)
            action.setChecked(current == code)
            action.triggered.connect(lambda checked=False, c=code: self.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)

    def set_language(self, code: str) -> None:
        from imageimporter.gui.i18n import chosen_language, install_translators

        self.settings.setValue(LANGUAGE_KEY, code)
        self.settings.sync()
        install_translators(chosen_language(self.settings))
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The new language is used for windows opened from now on; restart the app "
                    "to see it everywhere."),
        )  # fmt: skip

    def _restore_geometry(self) -> None:
        geometry = self.settings.value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.context.runner.busy and not self.in_background:
            # Work runs: say what closing does, and offer to keep it running instead.
            event.ignore()
            if self.close_box is None:
                self._ask_close()
            return
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.sync()
        # Stop the work; an upload keeps its checkpoint and resumes on the next start. The
        # window goes at once: winding down (a request already on the wire) happens unseen,
        # and is not waited for long, since checkpoints and the job store are written
        # atomically whatever moment the process ends.
        self.hide()
        self.context.close(wait_ms=CLOSE_WAIT_MS)
        if self.tray is not None:
            self.tray.hide()
        super().closeEvent(event)

    def _ask_close(self) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("The import is still running"))
        box.setText(
            self.tr(
                "If you quit, the work pauses and carries on where it stopped the next time "
                "you open the app."
            )
        )
        background = None
        if self.tray is not None:
            box.setInformativeText(
                self.tr("It can also go on in the background, with an icon in the tray.")
            )
            background = box.addButton(
                self.tr("Keep running in the background"), QMessageBox.ButtonRole.AcceptRole
            )
        quit_button = box.addButton(
            self.tr("Pause and quit"), QMessageBox.ButtonRole.DestructiveRole
        )
        stay = box.addButton(self.tr("Don't quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(background or stay)
        box.setEscapeButton(stay)

        def answered() -> None:
            self.close_box = None
            clicked = box.clickedButton()
            if clicked is quit_button:
                self._pause_and_quit()
            elif background is not None and clicked is background:
                self.run_in_background()

        box.finished.connect(answered)
        self.close_box = box
        box.open()

    def _pause_and_quit(self) -> None:
        self.in_background = True  # closing now needs no question
        self.close()

    def run_in_background(self) -> None:
        """Hide the window; the tray icon stays, and the app quits when the job ends."""
        self.in_background = True
        self.hide()
        if self.tray is not None:
            self.tray.setToolTip(self.tr("Image Importer: the import goes on"))
            self.tray.activated.connect(self._show_again)

    def _show_again(self) -> None:
        self.in_background = False
        self.show()
        self.raise_()

    def _quit_from_background(self) -> None:
        if not self.isVisible():
            self.close()
