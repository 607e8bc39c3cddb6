#pragma once

#include <QString>

class MainWindow;

/// What `pipewright` was asked to do on its command line.
struct DesignerStartOptions {
    bool sandbox = false;   // --sandbox
    QString file;           // the positional FILE, if any
    QString screenshotPath; // --screenshot PATH
};

/// Everything main() does after reading the command line: start the sandbox,
/// offer recovery, create and show the first window, open the file or show the
/// welcome page. main() and the start-path test both call it, so the test sees
/// exactly what a user sees. Returns the window showing the file (or the welcome
/// page); nullptr when only recovered windows are shown.
///
/// With PIPEWRIGHT_GRAB=PATH.png in the environment, the shown window is grabbed
/// from the screen after PIPEWRIGHT_GRAB_DELAY_MS (default 2500) and the program
/// exits; a "view: …" line on stdout reports zoom, nodes inside the viewport and
/// the status bar (scripts/screenshots.sh and the start-path test read it).
/// PIPEWRIGHT_GRAB_SELECT=NODE_ID clicks that node first, as a user would;
/// PIPEWRIGHT_GRAB_DOCK=OBJECT_NAME brings that dock to the front (e.g. TestsDock).
MainWindow *startDesigner(const DesignerStartOptions &options);

/// The "view: …" line for a window (see above).
QString viewReport(const MainWindow *window);
