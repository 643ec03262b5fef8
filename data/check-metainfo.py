#!/usr/bin/env python3
# The AppStream metadata is clean under `appstreamcli validate --pedantic --no-net`, its
# screenshots are images committed in this repository at the size it claims, and its newest
# release is the version meson builds.
#
# Usage: check-metainfo.py METAINFO SOURCE_ROOT VERSION
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

# Issues Debian 12's AppStream 0.16 reports that are deliberate, each with its reason.
ACCEPTED = {
    # GNOME application ids are reverse-DNS with the name in CamelCase, as the desktop
    # file, the GSettings schema and the D-Bus name already are; renaming is not worth it.
    'cid-contains-uppercase-letter',
    # <developer id="..."> is AppStream 1.0, which 0.16 does not know yet; <developer_name>
    # beside it serves the older readers.
    'unknown-tag developer',
}
RAW_URL = 'https://raw.githubusercontent.com/vitalsigns/vital-signs/main/'


def png_size(path):
    with open(path, 'rb') as f:
        head = f.read(24)
    if head[:8] != b'\x89PNG\r\n\x1a\n':
        return None
    return struct.unpack('>II', head[16:24])


def main():
    metainfo, root, version = sys.argv[1:4]
    failures = []

    run = subprocess.run(['appstreamcli', 'validate', '--pedantic', '--no-net', metainfo],
                         capture_output=True, text=True)
    # Lines read "I: ID:LINE: TAG DETAIL"; a tag is accepted alone or with its detail.
    issues = [m for m in map(re.compile(r'^[EWIP]: \S+ (\S+) ?(.*)$').match,
                             run.stdout.splitlines()) if m]
    for issue in issues:
        tag, detail = issue.group(1), issue.group(2)
        if tag not in ACCEPTED and f'{tag} {detail}' not in ACCEPTED:
            failures.append('appstreamcli: ' + issue.group(0))
    if run.returncode != 0 and not issues:
        failures.append('appstreamcli failed:\n' + run.stdout + run.stderr)

    tree = ET.parse(metainfo)
    shots = tree.findall('./screenshots/screenshot')
    if not shots:
        failures.append('no screenshots')
    if sum(1 for s in shots if s.get('type') == 'default') != 1:
        failures.append('not exactly one default screenshot')
    for shot in shots:
        for image in shot.findall('image'):
            url = image.text.strip()
            if not url.startswith(RAW_URL):
                failures.append(f'{url}: not a file of this repository ({RAW_URL}...)')
                continue
            path = root + '/' + url[len(RAW_URL):]
            try:
                size = png_size(path)
            except OSError as e:
                failures.append(f'{url}: {e}')
                continue
            want = (int(image.get('width', 0)), int(image.get('height', 0)))
            if size != want:
                failures.append(f'{path}: {size} is not the {want} the metadata says')
        if not shot.findtext('caption'):
            failures.append('a screenshot without a caption')

    releases = tree.findall('./releases/release')
    if not releases or releases[0].get('version') != version:
        failures.append(f'the newest release is not {version}, the version meson builds')

    for failure in failures:
        print(failure)
    print('metainfo: ' + ('ok' if not failures else f'{len(failures)} problem(s)'))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
