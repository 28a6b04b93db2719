"""Before Qt starts on X11: the system libraries its xcb platform plugin loads.

When one is missing Qt aborts in C++ with "could not load the Qt platform plugin
xcb", which names none of them. Checking first lets the app say which libraries
are missing and how to install them. The list is what `ldd` shows for Qt's
libqxcb.so and libQt6XcbQpa.so, beyond what any Linux desktop has.
"""

from __future__ import annotations

import ctypes.util
import os
import sys

# library name (as ctypes.util.find_library takes it) -> Debian/Ubuntu package
XCB_LIBRARIES = {
    "xcb": "libxcb1",
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render": "libxcb-render0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-shm": "libxcb-shm0",
    "xcb-sync": "libxcb-sync1",
    "xcb-util": "libxcb-util1",
    "xcb-xfixes": "libxcb-xfixes0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon": "libxkbcommon0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "X11-xcb": "libx11-xcb1",
    "X11": "libx11-6",
    "EGL": "libegl1",
    "GL": "libgl1",
    "fontconfig": "libfontconfig1",
    "freetype": "libfreetype6",
    "dbus-1": "libdbus-1-3",
}


def missing_libraries(libraries: dict[str, str] = XCB_LIBRARIES) -> dict[str, str]:
    """The libraries (and their packages) the dynamic linker cannot find."""
    return {
        name: package for name, package in libraries.items() if not ctypes.util.find_library(name)
    }


def will_use_xcb() -> bool:
    """Qt on Linux picks xcb when there is an X display and no other platform is asked for."""
    if not sys.platform.startswith("linux"):
        return False
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0] == "xcb"
    return bool(os.environ.get("DISPLAY")) and not os.environ.get("WAYLAND_DISPLAY")


def missing_message(missing: dict[str, str]) -> str:
    names = ", ".join(f"lib{name}" for name in missing)
    packages = " ".join(sorted(set(missing.values())))
    return (
        f"quoteapp-gui: Qt's X11 (xcb) platform needs system libraries that are not "
        f"installed: {names}. On Debian or Ubuntu install them with: "
        f"sudo apt-get install {packages}"
    )
