"""The app's window. Until the wizard lands it says what the app is and where it is connected."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QVBoxLayout, QWidget

from imageimporter import __version__

if TYPE_CHECKING:
    from imageimporter.gui.app import CloudTarget


class MainWindow(QMainWindow):
    def __init__(self, target: CloudTarget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Image Importer"))
        self.setMinimumSize(640, 400)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)

        heading = QLabel(self.tr("Turn a virtual machine disk into an ECS custom image"), central)
        heading.setObjectName("heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)

        intro = QLabel(
            self.tr(
                "Choose a disk image on this computer, upload it to OSS, and import it into "
                "Elastic Compute Service, in one place."
            ),
            central,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.mode_banner = QLabel(central)
        self.mode_banner.setObjectName("modeBanner")
        self.mode_banner.setWordWrap(True)
        self.mode_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.mode_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if target.is_sandbox:
            self.mode_banner.setText(
                self.tr(
                    "Sandbox mode: a local practice cloud at {endpoint} (region {region}, bucket "
                    "{bucket}). Nothing leaves this computer and no account is needed."
                ).format(endpoint=target.endpoint, region=target.region, bucket=target.bucket)
            )
        else:
            self.mode_banner.setText(self.tr("Connected to Alibaba Cloud with your account."))
        self.mode_banner.setAccessibleName(self.tr("Connection"))
        layout.addWidget(self.mode_banner)
        layout.addStretch(1)

        version = QLabel(self.tr("Version {version}").format(version=__version__), central)
        version.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(version)
        self.setCentralWidget(central)
