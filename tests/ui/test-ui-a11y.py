#!/usr/bin/python3
# test-ui-a11y.py: what a screen reader hears. Opens the window on each main view over a
# real AT-SPI bus and walks the accessibility tree of every window the application shows,
# failing on any control a user can reach (buttons, toggles, entries, list rows, the RAG
# table's cells) that has no name, a GTK type name for a name, a mnemonic underscore read
# out, or its name said twice ("_Trend Trend", "Undo the import of x.csv Undo").
#
# The Export Committee Pack dialog (--view=pack) and a chart's menu (its button clicked
# through AT-SPI) are walked too.
#
# Usage (meson runs it; the Makefile's ui run gives it Xvfb): test-ui-a11y.py APP
# The other UI tests run with GTK_A11Y=none; this one runs itself again inside a private
# D-Bus session (dbus-run-session), where it starts the accessibility bus, so that nothing
# is shared with another run; it hands the bus's address to the application and to itself
# explicitly rather than through the X root window, which every client of the display
# shares. Output is TAP, one test per view.
import os
import re
import subprocess
import sys
import tempfile
import time

# The application keeps the strict G_DEBUG of the other tests; this process must not die
# of libatspi's harmless warnings (GTK 4.8 has no AT-SPI cache object to ask).
APP_G_DEBUG = os.environ.pop('G_DEBUG', None)

if __name__ == '__main__' and sys.argv[1:2] != ['--inner']:
    # The session's services (the bus launcher, the registry) inherit stdout and print
    # to it: send them to stderr, and the TAP through a file of our own.
    with tempfile.NamedTemporaryFile('r', prefix='vs-a11y-tap-') as tap:
        env = dict(os.environ)
        if APP_G_DEBUG is not None:
            env['VS_APP_G_DEBUG'] = APP_G_DEBUG
        rc = subprocess.run(['dbus-run-session', '--', sys.executable, __file__, '--inner',
                             tap.name] + sys.argv[1:], stdout=sys.stderr, env=env).returncode
        sys.stdout.write(tap.read())
    sys.exit(rc)

from gi.repository import Gio, GLib  # noqa: E402


def a11y_bus_address():
    """Starts at-spi-bus-launcher through D-Bus activation and returns its address."""
    bus = Gio.bus_get_sync(Gio.BusType.SESSION)
    reply = bus.call_sync('org.a11y.Bus', '/org/a11y/bus', 'org.a11y.Bus', 'GetAddress',
                          None, GLib.VariantType('(s)'), Gio.DBusCallFlags.NONE, 20000)
    return reply.unpack()[0]


os.environ['AT_SPI_BUS_ADDRESS'] = a11y_bus_address()
import pyatspi  # noqa: E402  (reads AT_SPI_BUS_ADDRESS when imported)

# Roles a user reaches with Tab, arrows or a click, and that must each be named.
CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SLIDER, pyatspi.ROLE_LINK,
    pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_RADIO_MENU_ITEM,
    pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TEXT, pyatspi.ROLE_TABLE_CELL,
}
# Roles whose subtree holds nothing to check (and is skipped, which keeps the walk fast).
# Not images: a chart (an image to a screen reader) holds its menu button.
LEAF_ROLES = {pyatspi.ROLE_LABEL, pyatspi.ROLE_SCROLL_BAR, pyatspi.ROLE_SEPARATOR}
NAMED_ROLES = CONTROL_ROLES | {pyatspi.ROLE_LABEL, pyatspi.ROLE_FRAME, pyatspi.ROLE_LIST,
                               pyatspi.ROLE_TREE_TABLE}
# GTK 4.8 reports a widget with no accessible name by its type name.
TYPE_NAME = re.compile(r'^(Gtk|Adw|Vs)[A-Z][A-Za-z]*$')
MNEMONIC = re.compile(r'(^|\s)_[^\s_]')

# A small monthly extract to preview, as tests/screenshots/take.sh uses.
EXTRACT = '''Ref,Indicator,Bigger or Smaller is better,Nov 17,Dec 17,Target
6.14,Child Protection (CP) - % children seen,Bigger,58.3%,71.2%,100%
,Children seen by a social worker within 24 hours of referral,Bigger,91.0%,92.5%,90%
'''


def label_texts(node):
    """The texts of the labels inside a control: what it shows on screen."""
    texts = []
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is None:
            continue
        if child.getRole() == pyatspi.ROLE_LABEL:
            texts.append(child.name)
        else:
            texts.extend(label_texts(child))
    return texts


def problem(node, role, in_table):
    """What is wrong with a control's name, or None."""
    name = node.name or ''
    if role == pyatspi.ROLE_TABLE_CELL and name == 'GtkColumnViewCell':
        # GTK's own wrapper around each cell: GTK 4.8 offers no way to name it, and a
        # screen reader reads the cell inside, which is checked.
        return None
    # Rows, texts and cells elsewhere count when they take the focus; the RAG table's
    # cells always do, as a screen reader's table navigation reads every one.
    if role in (pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY) \
            or (role == pyatspi.ROLE_TABLE_CELL and not in_table):
        if not node.getState().contains(pyatspi.STATE_FOCUSABLE):
            return None
    if name.strip() == '' or TYPE_NAME.match(name):
        return 'no name'
    if MNEMONIC.search(name):
        return 'a mnemonic underscore is read out'
    words = name.split(' ')
    half = len(words) // 2
    if len(words) % 2 == 0 and words[:half] == words[half:]:
        return 'the name is said twice'
    for text in label_texts(node):
        if text and name != text and name.endswith(' ' + text):
            return 'the accessible label and the visible label run together'
    return None


def walk(node, path, found, failures, in_table=False, in_combo=False):
    role = node.getRole()
    # Every question is a round trip to the application: ask for names only where they
    # are checked, read (labels) or shown in a failure's path.
    name = (node.name or '') if role in NAMED_ROLES else ''
    found.append((role, name))
    in_table = in_table or role == pyatspi.ROLE_TREE_TABLE
    in_combo = in_combo or role == pyatspi.ROLE_COMBO_BOX
    # The one exception: the choices inside a combo row's or drop-down's list are
    # GtkListItemWidgets, which GTK 4.8 gives no way to name; a screen reader reads the
    # label inside them, and the combo box itself is checked.
    if role in CONTROL_ROLES and not (in_combo and role == pyatspi.ROLE_LIST_ITEM):
        why = problem(node, role, in_table)
        if why:
            shows = [t for t in label_texts(node) if t][:3]
            failures.append(f'{why}: {node.getRoleName()} "{name}"'
                            + (f' showing {shows}' if shows else '')
                            + f' in {" > ".join(path)}')
    if role in LEAF_ROLES:
        return
    if name and not TYPE_NAME.match(name):
        path = path + [f'{node.getRoleName()} "{name[:40]}"']
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            walk(child, path, found, failures, in_table, in_combo)


def application_of(pid, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.get_process_id() == pid and app.childCount > 0:
                return app
        time.sleep(0.2)
    return None


def find(node, role, pattern):
    """The first control on screen under @node (depth first) of one of the roles @role
    whose name matches, or None."""
    rx = re.compile(pattern)
    if node.getRole() in role and rx.search(node.name or ''):
        # GTK 4.8 sets no SHOWING state: a control on screen is one with a place in its
        # window (a page the stack hides has none), and the focusable one is the button
        # itself, not a menu button's wrapper.
        ext = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        if node.getState().contains(pyatspi.STATE_FOCUSABLE) and ext.width > 0 and ext.x >= 0:
            return node
    if node.getRole() in LEAF_ROLES:
        return None
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        found = find(child, role, pattern) if child is not None else None
        if found is not None:
            return found
    return None


def click(node):
    """Does @node's click (or the first control inside it that has one, as a menu button's
    inner toggle): True when done."""
    try:
        action = node.queryAction()
        if action.nActions > 0:
            for n in range(action.nActions):
                if action.getName(n) in ('click', 'activate', 'press'):
                    return action.doAction(n)
            return action.doAction(0)
    except NotImplementedError:
        pass
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None and click(child):
            return True
    return False


def press(role, pattern):
    """A step that clicks the control of one of @role named @pattern, as a screen reader's
    user would: True once it was found and clicked."""
    def step(app):
        for i in range(app.childCount):
            window = app.getChildAtIndex(i)
            node = find(window, role, pattern) if window is not None else None
            if node is not None:
                return click(node)
        return False
    return step


def check_view(app_path, db, view, ready, windows, env, prepare=None):
    """Opens @view, does @prepare's step (opening a menu, say) until it succeeds, waits until
    @ready holds for the walked tree, returns the failures."""
    args = [app_path, '--db', db, '--view', view]
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    try:
        app = application_of(proc.pid, 60)
        if app is None:
            return [f'no application on the accessibility bus: {proc.stderr.read() if proc.poll() is not None else "still running"}']
        # Most views are whole a moment after the window appears: one walk is enough then.
        time.sleep(2.5)
        deadline = time.monotonic() + 60
        why = 'not found'
        while prepare is not None:
            try:
                if prepare(app):
                    time.sleep(1.0)
                    break
            except Exception as e:  # the tree changed under the search: look again
                why = repr(e)
            if time.monotonic() > deadline:
                return [f'the control to open was never opened: {why}']
            time.sleep(1.0)
        walks, verbose = 0, 'VS_A11Y_VERBOSE' in os.environ
        while True:
            found, failures = [], []
            try:
                for i in range(app.childCount):
                    window = app.getChildAtIndex(i)
                    if window is not None and (windows is None or window.name in windows):
                        walk(window, [window.name], found, failures)
            except Exception as e:  # a widget went away mid-walk (a reload): walk again
                found, failures = [], [f'the tree changed during the walk: {e}']
            walks += 1
            if ready(found):
                return failures + ([f'walked {len(found)} nodes {walks} times'] if verbose else [])
            if time.monotonic() > deadline:
                return [f'the view never showed what it should (walked {len(found)} nodes)']
            time.sleep(1.0)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def has(role, pattern):
    rx = re.compile(pattern)
    return lambda found: any(r == role and rx.search(n) for r, n in found)


def main():
    tap, app_path = open(sys.argv[2], 'w', buffering=1), sys.argv[3]
    env = dict(os.environ)
    for key in ('GTK_A11Y', 'NO_AT_BRIDGE', 'VS_APP_G_DEBUG'):
        env.pop(key, None)
    if 'VS_APP_G_DEBUG' in os.environ:
        env['G_DEBUG'] = os.environ['VS_APP_G_DEBUG']
    env['GSK_RENDERER'] = 'cairo'
    env['GDK_DEBUG'] = 'gl-disable'
    # The application's leaks are the C tests' business; here a leak report at exit would
    # only slow the walk's process down.
    env['ASAN_OPTIONS'] = env.get('ASAN_OPTIONS', '') + ':detect_leaks=0'

    with tempfile.TemporaryDirectory(prefix='vs-a11y-') as work:
        db = os.path.join(work, 'demo.db')
        extract = os.path.join(work, 'Vital signs December 2017.csv')
        with open(extract, 'w') as f:
            f.write(EXTRACT)
        fill = subprocess.run([app_path, '--db', db, '--demo', 'areas'], env=env,
                              capture_output=True, text=True)
        if fill.returncode != 0:
            print('Bail out! the demo database could not be made: ' + fill.stderr, file=tap)
            return 1

        # A GtkStack keeps every page in the tree, so one walk of the main window hears
        # the overview's and the area's table, the report card and the imports page
        # together; it waits until each holds real content (a walk takes a while).
        both = lambda *checks: lambda found: all(check(found) for check in checks)
        imports_listed = has(pyatspi.ROLE_LIST_ITEM, r'values\.csv')
        views = [
            ('overview, an area and its table, a report card, imports', 'indicator:6.14',
             both(has(pyatspi.ROLE_LABEL, r'^58\.1%$'), has(pyatspi.ROLE_TABLE_CELL, r'^58\.1%, Red$'),
                  imports_listed), None),
            ('the import preview', 'import:' + extract,
             has(pyatspi.ROLE_LABEL, r'Vital signs December 2017\.csv'), {'Import'}),
            ('preferences', 'preferences', has(pyatspi.ROLE_FRAME, r'^Preferences$'),
             {'Preferences'}),
            # Every control of the pack dialog: period, locality, areas, cards, marking,
            # suppression, format, export.
            ('the Export Committee Pack dialog', 'pack',
             has(pyatspi.ROLE_PUSH_BUTTON, r'Export'), {'Export Committee Pack'}),
            # A chart's menu, opened from its button: Copy Chart, Save Chart….
            ('a chart\'s menu', 'indicator:6.14',
             both(has(pyatspi.ROLE_MENU_ITEM, r'^Copy Chart$'),
                  has(pyatspi.ROLE_MENU_ITEM, r'^Save Chart')), None,
             press((pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_PUSH_BUTTON), r'^Chart Menu$')),
        ]
        # VS_A11Y_ONLY=preferences (say) walks only the views whose argument contains it.
        only = os.environ.get('VS_A11Y_ONLY')
        views = [v for v in views if not only or only in v[1]]
        print(f'1..{len(views)}', file=tap)
        failed = 0
        for n, (title, view, ready, windows, *prepare) in enumerate(views, 1):
            started = time.monotonic()
            failures = check_view(app_path, db, view, ready, windows, env, *prepare)
            took = time.monotonic() - started
            print(f'{"not ok" if failures else "ok"} {n} - {title} ({view.split(":")[0]}, {took:.1f} s)',
                  file=tap)
            for failure in failures:
                print('# ' + failure, file=tap)
            failed += bool(failures)
        return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
