# Vital Signs: the two commands a new machine needs are `make run` and `make check`.
# Every Debian package the build, the tests and the app need is listed here once.

BUILD_PACKAGES = meson ninja-build gcc clang pkg-config gettext \
	libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev libsqlite3-dev \
	libgsf-1-dev libxml2-dev libcsv-dev libfreexl-dev librsvg2-dev libcairo2-dev \
	libpango1.0-dev libxlsxwriter-dev zlib1g-dev libseccomp-dev libclang-rt-14-dev
RUNTIME_PACKAGES = gnuplot-nox fonts-cantarell sqlite3
TEST_PACKAGES = xvfb xauth dbus dbus-x11 desktop-file-utils appstream \
	xdotool imagemagick poppler-utils python3 hyperfine \
	libreoffice-impress libreoffice-calc \
	at-spi2-core python3-pyatspi gir1.2-atspi-2.0
DEBIAN_PACKAGES = $(BUILD_PACKAGES) $(RUNTIME_PACKAGES) $(TEST_PACKAGES)

BUILD ?= build
CHECK_BUILD ?= build-check
BENCH_BUILD ?= build-bench
FUZZ_BUILD ?= build-fuzz
# Seconds each fuzz harness explores in check's smoke run (make fuzz explores for longer).
FUZZ_SECONDS ?= 20
DEMO_DB ?= $(BUILD)/demo.db
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build run check bench fuzz screenshots clean

all: build

# Installs only what is missing, so it is quick (and needs no root) once everything is there.
deps:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; \
	done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:" $$missing; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $$missing; \
	fi

$(BUILD)/build.ninja:
	meson setup $(BUILD)

build: $(BUILD)/build.ninja
	meson compile -C $(BUILD)

# Opens the window on a demo database of its own, so that your real data is never touched.
run: deps build
	GSETTINGS_SCHEMA_DIR=$(BUILD)/data ./$(BUILD)/app/vital-signs --db $(DEMO_DB) --demo

# The whole suite, with -Werror, AddressSanitizer and UndefinedBehaviorSanitizer. Core and
# command-line tests run with no display at all; the window's tests run under Xvfb.
$(CHECK_BUILD)/build.ninja:
	meson setup $(CHECK_BUILD) -Dwerror=true -Db_sanitize=address,undefined -Db_lundef=false \
		-Dbuildtype=debug

check: deps $(CHECK_BUILD)/build.ninja
	meson compile -C $(CHECK_BUILD)
	@rc=0; \
	env -u DISPLAY -u WAYLAND_DISPLAY meson test -C $(CHECK_BUILD) --print-errorlogs --no-suite ui \
		--logbase core || rc=1; \
	dbus-run-session -- xvfb-run -a -s '-screen 0 1280x1024x24' \
		meson test -C $(CHECK_BUILD) --print-errorlogs --suite ui --logbase ui || rc=1; \
	$(MAKE) --no-print-directory fuzz-smoke || rc=1; \
	python3 tests/summarize-tap.py $(CHECK_BUILD)/meson-logs/core.json $(CHECK_BUILD)/meson-logs/ui.json || rc=1; \
	exit $$rc

# libFuzzer harnesses, built with clang; check runs each briefly, fuzz runs them longer.
$(FUZZ_BUILD)/build.ninja:
	CC=clang meson setup $(FUZZ_BUILD) -Dfuzzing=true -Dui=false -Db_sanitize=address,undefined \
		-Db_lundef=false -Dbuildtype=debug

fuzz-smoke: $(FUZZ_BUILD)/build.ninja
	meson compile -C $(FUZZ_BUILD)
	@if [ -x tests/fuzz/run.sh ]; then tests/fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS); fi

fuzz: $(FUZZ_BUILD)/build.ninja
	meson compile -C $(FUZZ_BUILD)
	tests/fuzz/run.sh $(FUZZ_BUILD) 600

# Benchmarks in a release build; each prints lines "bench <name> <value> <unit>".
$(BENCH_BUILD)/build.ninja:
	meson setup $(BENCH_BUILD) -Dbuildtype=release -Db_ndebug=true

bench: deps $(BENCH_BUILD)/build.ninja
	meson compile -C $(BENCH_BUILD)
	bench/run.sh $(BENCH_BUILD)

screenshots: deps build
	tests/screenshots/take.sh $(BUILD)

clean:
	rm -rf $(BUILD) $(CHECK_BUILD) $(BENCH_BUILD) $(FUZZ_BUILD)
