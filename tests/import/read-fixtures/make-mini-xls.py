#!/usr/bin/python3
# make-mini-xls.py: writes vital-signs-mini.xls, vital-signs.xls with its Workbook stream
# cut to its records (under 4,096 bytes) and so kept in the compound file's mini stream,
# as small files from some writers are: the claims check (vs-read-xls-claims.c) must
# follow the mini FAT as FreeXL does. Run again only to change the fixture.
#
# Copyright 2026 The Vital Signs authors
# SPDX-License-Identifier: GPL-3.0-or-later
import struct

SECTOR, MINI, END, FREE, FATSECT, NONE = 512, 64, 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF

source = open('vital-signs.xls', 'rb').read()
# xlwt writes the Workbook stream from sector 0, padded with zeros to 4,096 bytes
padded = source[SECTOR:SECTOR + 4096]
at = 0
while at + 4 <= len(padded):
    kind, size = struct.unpack('<HH', padded[at:at + 4])
    if kind == 0 and size == 0:
        break
    at += 4 + size
workbook = padded[:at]
assert len(workbook) < 4096

n_mini = (len(workbook) + MINI - 1) // MINI
container = workbook.ljust(n_mini * MINI, b'\0')
n_container = (len(container) + SECTOR - 1) // SECTOR

header = bytearray(SECTOR)
header[0:8] = b'\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1'
struct.pack_into('<HHHHH', header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
struct.pack_into('<IIIIIIIII', header, 0x28, 0, 1, 1, 0, 4096, 2, 1, END, 0)
struct.pack_into('<I', header, 0x4C, 0)
for i in range(1, 109):
    struct.pack_into('<I', header, 0x4C + 4 * i, FREE)

fat = [FATSECT, END, END] + [3 + i + 1 for i in range(n_container - 1)] + [END]
fat += [FREE] * (SECTOR // 4 - len(fat))


def entry(name, kind, child, start, size):
    e = bytearray(128)
    encoded = (name + '\0').encode('utf-16le')
    e[0:len(encoded)] = encoded
    struct.pack_into('<HBB', e, 0x40, len(encoded), kind, 1)
    struct.pack_into('<III', e, 0x44, NONE, NONE, child)
    struct.pack_into('<II', e, 0x74, start, size)
    return bytes(e)


directory = (entry('Root Entry', 5, 1, 3, len(container)) +
             entry('Workbook', 2, NONE, 0, len(workbook)) + bytes(256))
for i in range(2, 4):  # the unused entries have no siblings either
    directory = directory[:128 * i] + entry('', 0, NONE, END, 0) + directory[128 * (i + 1):]
minifat = [i + 1 for i in range(n_mini - 1)] + [END]
minifat += [FREE] * (SECTOR // 4 - len(minifat))

out = bytes(header) + struct.pack('<128I', *fat) + directory + struct.pack('<128I', *minifat)
out += container.ljust(n_container * SECTOR, b'\0')
open('vital-signs-mini.xls', 'wb').write(out)
