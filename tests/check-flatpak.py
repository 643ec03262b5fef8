#!/usr/bin/env python3
# The Flatpak manifest keeps step with the Makefile: every library the Makefile installs for
# the build or the run is either in the GNOME runtime or built as a module of the manifest,
# every module builds one of them, and the runtime is one GNOME still supports.
#
# Usage: check-flatpak.py SOURCE_ROOT    (TAP on stdout)
import json
import re
import sys

# What each Debian package of the Makefile is inside the Flatpak: provided by the GNOME
# runtime (org.gnome.Platform / org.gnome.Sdk), built by the named module, or a tool of the
# Debian build or test machine with no place in the app. A package added to the Makefile
# must be placed here, which is the point: someone decides how the Flatpak gets it.
RUNTIME, TOOL = 'runtime', 'tool'
PLACES = {
    # build tools: the Sdk has its own
    'meson': TOOL, 'ninja-build': TOOL, 'gcc': TOOL, 'clang': TOOL, 'pkg-config': TOOL,
    'gettext': TOOL, 'libglib2.0-bin': TOOL,
    # the fuzzers' runtime: fuzzing builds only
    'libclang-rt-14-dev': TOOL,
    # the sqlite3 shell: for a person looking into a database, not used by the app
    'sqlite3': TOOL,
    # libraries in the GNOME runtime
    'libglib2.0-dev': RUNTIME, 'libgtk-4-dev': RUNTIME, 'libadwaita-1-dev': RUNTIME,
    'libsqlite3-dev': RUNTIME, 'libxml2-dev': RUNTIME, 'librsvg2-dev': RUNTIME,
    'libcairo2-dev': RUNTIME, 'libpango1.0-dev': RUNTIME, 'zlib1g-dev': RUNTIME,
    'libseccomp-dev': RUNTIME,
    'fonts-cantarell': RUNTIME,
    # libraries and programs the runtime lacks: modules of the manifest
    'libcsv-dev': 'libcsv', 'libfreexl-dev': 'freexl', 'libgsf-1-dev': 'libgsf',
    'libxlsxwriter-dev': 'libxlsxwriter', 'gnuplot-nox': 'gnuplot',
}
APP_MODULE = 'vital-signs'
# GNOME supports a runtime for about a year: 47 ended in October 2025 and 48 in March
# 2026, so at the end of 2026 the supported ones are 50 and 51.
OLDEST_SUPPORTED = 50


def makefile_packages(text, name):
    # Joins the backslash-continued lines of "NAME = a b \ c".
    text = text.replace('\\\n', ' ')
    m = re.search(rf'^{name}\s*=(.*)$', text, re.M)
    return m.group(1).split() if m else None


def main():
    root = sys.argv[1]
    with open(root + '/Makefile') as f:
        makefile = f.read()
    with open(root + '/flatpak/io.github.vitalsigns.VitalSigns.json') as f:
        manifest = json.load(f)

    checks = []

    packages = []
    for group in ('BUILD_PACKAGES', 'RUNTIME_PACKAGES'):
        found = makefile_packages(makefile, group)
        checks.append((f'the Makefile has {group}', [] if found else [f'no {group}']))
        packages += found or []

    unplaced = [p for p in packages if p not in PLACES]
    checks.append(('every package of the Makefile has a place in the Flatpak',
                   [f'{p}: in the runtime, a module, or a tool? (add it to PLACES)'
                    for p in unplaced]))
    stale = [p for p in PLACES if p not in packages]
    checks.append(('no place is kept for a package the Makefile dropped',
                   [f'{p} is no longer in the Makefile' for p in stale]))

    modules = [m['name'] for m in manifest['modules']]
    wanted = {place for p, place in PLACES.items() if p in packages} - {RUNTIME, TOOL}
    checks.append(('every library the runtime lacks is a module',
                   [f'no module "{w}"' for w in sorted(wanted - set(modules))]))
    checks.append(('every module builds a package of the Makefile',
                   [f'module "{m}" builds nothing the Makefile lists' for m in modules
                    if m not in wanted and m != APP_MODULE]))
    checks.append(('the application is the last module',
                   [] if modules and modules[-1] == APP_MODULE else ['it is not']))

    version = manifest.get('runtime-version', '')
    problems = []
    if manifest.get('runtime') != 'org.gnome.Platform' or manifest.get('sdk') != 'org.gnome.Sdk':
        problems.append('not the GNOME runtime and Sdk')
    if not version.isdigit() or int(version) < OLDEST_SUPPORTED:
        problems.append(f'GNOME {version} is no longer supported; use {OLDEST_SUPPORTED} or later')
    checks.append((f'the runtime is a supported GNOME ({version})', problems))

    args = manifest.get('finish-args', [])
    checks.append(('the command line can read the officer\'s files',
                   [] if any(a.startswith('--filesystem=') for a in args)
                   else ['no --filesystem in finish-args']))

    print(f'1..{len(checks)}')
    for n, (title, problems) in enumerate(checks, 1):
        print(f'{"not ok" if problems else "ok"} {n} - {title}')
        for p in problems:
            print('# ' + p)
    return 1 if any(problems for _, problems in checks) else 0


if __name__ == '__main__':
    sys.exit(main())
