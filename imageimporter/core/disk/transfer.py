"""How a disk travels to OSS: as it is, converted to QCOW2 while uploading, or not at all.

The whole API::

    estimate = estimate_send(disk)            # quick, from the allocation map (no data read)
    estimate = SendEstimate.of_stream(stream) # exact, once a Qcow2Stream has scanned the disk
    plan = plan_transfer(report, estimate, as_is=False)

The quick estimate counts every allocated cluster: for a source without an allocation map (a
``.xz`` or ``.gz``: all of it is data until read) it is the whole virtual size, so show such a
disk's figure after the scan.

``plan_transfer`` is a pure function of inspection's :class:`DiskReport` (its format, verdict and
file size), the estimate of the QCOW2 stream (``None`` when no reader could open the disk) and
whether the user asked for ``--as-is``. Its :class:`TransferPlan` says:

- ``mode``: ``as_is`` when ECS takes the file and converting saves less than 10 % (or the user
  asked ``--as-is`` and ECS takes it); ``convert`` when ECS cannot take it, or for a RAW or fixed
  VHD when QCOW2 is at least 10 % smaller; ``refused`` when the disk cannot be read, is
  encrypted, too large, or the user asked ``--as-is`` for a file ECS cannot take;
- ``reason``: why, in words for people;
- ``sizes``: both sizes, ``"40.0 GiB virtual, 4.10 GiB to send"`` (``about`` before an estimate
  that did not read the data);
- ``import_format`` and ``disk_image_size_gib``: what ImportImage gets (``QCOW2`` when converted;
  the DiskImageSize in whole GiB rounded up from the virtual size, at least the API's minimum).

Qt-free and SDK-free: the import command, the wizard and the pipeline call it alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final

from imageimporter.core import limits
from imageimporter.core.disk.model import DiskImage
from imageimporter.core.disk.qcow2_stream import Qcow2Stream, estimate_layout
from imageimporter.core.inspect.model import DiskReport, Severity, Verdict
from imageimporter.core.inspect.verdict import FORMAT_NAMES
from imageimporter.core.text import Text
from imageimporter.core.units import format_size

# A RAW or fixed VHD goes as QCOW2 when that sends at least this fraction fewer bytes.
MIN_SAVING: Final = 0.10


class TransferMode(StrEnum):
    AS_IS = "as_is"  # the file's own bytes
    CONVERT = "convert"  # the QCOW2 stream generated while uploading
    REFUSED = "refused"  # neither: see the reason


@dataclass(frozen=True)
class SendEstimate:
    """The size of the QCOW2 stream of a disk: exact after the scan, else an upper estimate."""

    virtual_size: int
    qcow2_bytes: int
    # False when counted from the allocation map alone: DATA extents may still hold zeros, so
    # the stream can only be smaller.
    exact: bool

    @classmethod
    def of_stream(cls, stream: Qcow2Stream) -> SendEstimate:
        return cls(stream.layout.virtual_size, stream.size, exact=True)


def estimate_send(disk: DiskImage) -> SendEstimate:
    """The QCOW2 stream's size if every cluster touched by a ``DATA`` extent held data.

    Walks ``disk.extents()`` only (no guest data is read), so it costs what the allocation map
    costs; see :func:`~imageimporter.core.disk.qcow2_stream.estimate_layout`.
    """
    return SendEstimate(disk.size, estimate_layout(disk).size, exact=False)


@dataclass(frozen=True)
class TransferPlan:
    """How one disk travels, and what ImportImage is told about it."""

    mode: TransferMode
    reason: str
    virtual_size: int | None
    # The object's size: the file's for as_is, the stream's (or its estimate) for convert.
    bytes_to_send: int | None
    exact: bool
    import_format: str | None
    disk_image_size_gib: int | None

    @property
    def converted(self) -> bool:
        return self.mode is TransferMode.CONVERT

    @property
    def sizes(self) -> str:
        """``40.0 GiB virtual, 4.10 GiB to send``; empty when refused."""
        if self.virtual_size is None or self.bytes_to_send is None:
            return ""
        virtual, send = format_size(self.virtual_size), format_size(self.bytes_to_send)
        if self.exact:
            return Text.of("{virtual} virtual, {send} to send", virtual=virtual, send=send)
        return Text.of("{virtual} virtual, about {send} to send", virtual=virtual, send=send)

    def to_json(self) -> dict[str, Any]:
        return {
            "mode": self.mode.value,
            "reason": self.reason,
            "virtual_size": self.virtual_size,
            "bytes_to_send": self.bytes_to_send,
            "exact": self.exact,
            "import_format": self.import_format,
            "disk_image_size_gib": self.disk_image_size_gib,
        }


def plan_transfer(
    report: DiskReport, estimate: SendEstimate | None, *, as_is: bool = False
) -> TransferPlan:
    """Decide how the disk ``report`` describes travels; see the module docstring."""
    name = FORMAT_NAMES.get(report.format, report.format)
    if report.inner_format is not None:  # a compressed file or an archive with a disk inside
        name = Text.of(
            "{format} file holding a {inner}",
            format=report.format,
            inner=FORMAT_NAMES.get(report.inner_format, report.inner_format),
        )
    virtual_size = report.virtual_size
    if virtual_size is None and estimate is not None:
        virtual_size = estimate.virtual_size  # a compressed source: known once read through

    def refused(reason: str) -> TransferPlan:
        return TransferPlan(TransferMode.REFUSED, reason, virtual_size, None, False, None, None)

    if report.verdict is Verdict.REJECT:
        fatal = [p.message for p in report.problems if p.severity is Severity.FATAL]
        return refused(fatal[0] if fatal else Text.of("This is not a disk ECS can import."))
    if report.encrypted:
        return refused(
            Text.of(
                "The disk is encrypted; it cannot be read to convert it. Write a decrypted copy "
                "first."
            )
        )
    if virtual_size is None:
        return refused(Text.of("The size of the disk inside this file cannot be read."))
    gib = limits.min_disk_image_size_gib(virtual_size)
    if gib > limits.DATA_DISK_MAX_GIB:
        return refused(
            Text.of(
                "The disk is {gib} GiB; ImportImage takes at most {max_gib} GiB.",
                gib=gib,
                max_gib=limits.DATA_DISK_MAX_GIB,
            )
        )
    acceptable = report.verdict is Verdict.ACCEPT and report.import_format is not None

    def send_as_is(reason: str) -> TransferPlan:
        return TransferPlan(
            TransferMode.AS_IS,
            reason,
            virtual_size,
            report.file_size,
            True,
            report.import_format,
            gib,
        )

    def convert(reason: str, stream: SendEstimate) -> TransferPlan:
        return TransferPlan(
            TransferMode.CONVERT,
            reason,
            virtual_size,
            stream.qcow2_bytes,
            stream.exact,
            limits.IMPORT_FORMAT_QCOW2,
            gib,
        )

    if not acceptable:
        if as_is:
            return refused(
                Text.of(
                    "ECS cannot take this {name} as it is, so it cannot be sent unchanged; leave "
                    "out --as-is to convert it to QCOW2 while uploading.",
                    name=name,
                )
            )
        if estimate is None:
            return refused(
                Text.of(
                    "ECS cannot take this {name} as it is, and it cannot be read to convert it.",
                    name=name,
                )
            )
        return convert(
            Text.of(
                "ECS cannot take this {name} as it is: it is converted to QCOW2 while uploading.",
                name=name,
            ),
            estimate,
        )
    if as_is:
        return send_as_is(Text.of("Sent as it is, as asked (--as-is)."))
    shrinkable = report.format == "raw" or (report.format == "vhd" and report.subformat == "fixed")
    if not shrinkable or estimate is None:
        return send_as_is(Text.of("ECS takes this {name} as it is.", name=name))
    saving = 1 - estimate.qcow2_bytes / report.file_size if report.file_size else 0.0
    if saving >= MIN_SAVING:
        return convert(
            Text.of(
                "Sent as QCOW2, converted while uploading: {percent} % fewer bytes than the "
                "{name} as it is.",
                percent=int(saving * 100),
                name=name,
            ),
            estimate,
        )
    return send_as_is(
        Text.of(
            "ECS takes this {name} as it is, and QCOW2 would save less than {min_percent} % of "
            "the bytes.",
            name=name,
            min_percent=int(MIN_SAVING * 100),
        )
    )
