# MentorCoach: build, run, test and benchmark the coach.
# `make run` and `make test` work on a fresh machine: they install the Debian packages they
# need (BUILD_PACKAGES to build, TEST_PACKAGES as well to test) when they are missing.

SWIFT ?= swift
STRIP ?= strip
PREFIX ?= /usr/local
DESTDIR ?=
IMPORT_CHECK := --explicit-target-dependency-import-check error
# The release binary carries the Swift runtime and Foundation inside it: it needs only the C
# libraries a Debian system provides, so it runs where Swift is not installed.
RELEASE_FLAGS := -c release --static-swift-stdlib
BIN_DIR = $(shell $(SWIFT) build --show-bin-path)
RELEASE_BIN_DIR = $(shell $(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)
SOURCES := Package.swift Sources Tests Benchmarks Fuzz
BUILD_PACKAGES := pkg-config libedit-dev libpq-dev libstemmer-dev
# dpkg-dev computes the package's dependencies, binutils strips, man-db reads the page.
PACKAGE_PACKAGES := dpkg-dev binutils man-db
# chromium and poppler-utils let the tests look at the HTML report as a browser shows and
# prints it (ReportInBrowserTests).
TEST_PACKAGES := $(BUILD_PACKAGES) less postgresql chromium poppler-utils $(PACKAGE_PACKAGES)

# Where `make install` puts things (all under $(DESTDIR)$(PREFIX)).
BINDIR = $(PREFIX)/bin
DATADIR = $(PREFIX)/share/mentor-coach
MANDIR = $(PREFIX)/share/man/man1
DOCDIR = $(PREFIX)/share/doc/mentor-coach
BASHDIR = $(PREFIX)/share/bash-completion/completions
ZSHDIR = $(PREFIX)/share/zsh/vendor-completions
FISHDIR = $(PREFIX)/share/fish/vendor_completions.d
INSTALLED = $(BINDIR)/mentor-coach $(DATADIR) $(MANDIR)/mentor-coach.1.gz $(DOCDIR) \
	$(BASHDIR)/mentor-coach $(ZSHDIR)/_mentor-coach $(FISHDIR)/mentor-coach.fish

# The fuzzing harness (Fuzz/Harness) built with libFuzzer, apart from the normal build.
FUZZ_BUILD := --product coach-fuzz --scratch-path .build-fuzz -Xswiftc -DFUZZING -Xswiftc -use-ld=lld \
	-Xswiftc -sanitize=fuzzer -Xcc -fsanitize=fuzzer-no-link
FUZZ_TARGETS := scenario pattern transcript normalizer
# Seconds per target: `make fuzz` runs each for FUZZ_SECONDS; `make test` for 5.
FUZZ_SECONDS ?= 300

.PHONY: run test lint format bench install uninstall package clean deps test-deps build release \
	fuzz fuzz-replay

deps:
	@./scripts/ensure-packages.sh $(BUILD_PACKAGES)

test-deps:
	@./scripts/ensure-packages.sh $(TEST_PACKAGES)

build: deps
	$(SWIFT) build $(IMPORT_CHECK)

release: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product mentor-coach

run: release
	"$(RELEASE_BIN_DIR)/mentor-coach" --scenarios Scenarios

lint:
	$(SWIFT) format lint --strict --parallel --recursive $(SOURCES)

format:
	$(SWIFT) format format --parallel --in-place --recursive $(SOURCES)

test: test-deps lint
	$(SWIFT) build --build-tests $(IMPORT_CHECK)
	./scripts/with-postgres.sh $(SWIFT) test --skip-build
	"$(BIN_DIR)/mentor-coach" validate Scenarios
	"$(BIN_DIR)/mentor-coach" test Scenarios
	"$(BIN_DIR)/mentor-coach" test Tests/CoachKitTests/Fixtures/scripts
	$(MAKE) --no-print-directory fuzz-replay
	$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=5
	$(MAKE) --no-print-directory package
	./scripts/check-package.sh dist

# libFuzzer on the scenario loader, the pattern compiler and matcher, the transcript reader and
# the answer normaliser, seeded with Fuzz/corpus (scripts/fuzz-seeds.sh writes it).
fuzz: deps
	$(SWIFT) build $(FUZZ_BUILD)
	./scripts/fuzz.sh "$$($(SWIFT) build $(FUZZ_BUILD) --show-bin-path)/coach-fuzz" $(FUZZ_SECONDS)

# Every committed corpus input once through the normal (uninstrumented) build: the inputs
# that once crashed stay fixed.
fuzz-replay:
	for target in $(FUZZ_TARGETS); do \
		"$(BIN_DIR)/coach-fuzz" $$target Fuzz/corpus/$$target || exit 1; \
	done

bench: test-deps
	./scripts/bench.sh

# The stripped binary, Prompts and Scenarios, the man page, the completions, the copyright
# file and the format documents; `make package` installs the same files into its staging root.
install: release
	install -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(DATADIR)" "$(DESTDIR)$(MANDIR)" \
		"$(DESTDIR)$(DOCDIR)" "$(DESTDIR)$(BASHDIR)" "$(DESTDIR)$(ZSHDIR)" "$(DESTDIR)$(FISHDIR)"
	install -m 0755 -s --strip-program=$(STRIP) "$(RELEASE_BIN_DIR)/mentor-coach" \
		"$(DESTDIR)$(BINDIR)/mentor-coach"
	rm -rf "$(DESTDIR)$(DATADIR)/Prompts" "$(DESTDIR)$(DATADIR)/Scenarios" \
		"$(DESTDIR)$(DATADIR)/schema"
	cp -R Prompts Scenarios schema "$(DESTDIR)$(DATADIR)/"
	chmod -R u=rwX,go=rX "$(DESTDIR)$(DATADIR)"
	gzip -9n < docs/mentor-coach.1 > "$(DESTDIR)$(MANDIR)/mentor-coach.1.gz"
	chmod 0644 "$(DESTDIR)$(MANDIR)/mentor-coach.1.gz"
	install -m 0644 packaging/copyright docs/scenario-format.md docs/transcript-format.md \
		"$(DESTDIR)$(DOCDIR)/"
	for shell in bash zsh fish; do \
		"$(RELEASE_BIN_DIR)/mentor-coach" --generate-completion-script $$shell \
			> "$(DESTDIR)$(PREFIX)/.completion-$$shell" || exit 1; \
	done
	mv "$(DESTDIR)$(PREFIX)/.completion-bash" "$(DESTDIR)$(BASHDIR)/mentor-coach"
	mv "$(DESTDIR)$(PREFIX)/.completion-zsh" "$(DESTDIR)$(ZSHDIR)/_mentor-coach"
	mv "$(DESTDIR)$(PREFIX)/.completion-fish" "$(DESTDIR)$(FISHDIR)/mentor-coach.fish"
	chmod 0644 "$(DESTDIR)$(BASHDIR)/mentor-coach" "$(DESTDIR)$(ZSHDIR)/_mentor-coach" \
		"$(DESTDIR)$(FISHDIR)/mentor-coach.fish"

uninstall:
	for path in $(INSTALLED); do rm -rf "$(DESTDIR)$$path"; done

# dist/mentor-coach_VERSION_ARCH.deb and dist/mentor-coach-VERSION-linux-ARCH.tar.gz, both
# holding the files `make install PREFIX=/usr` installs (the tarball relative to the prefix).
package: release
	@./scripts/ensure-packages.sh $(PACKAGE_PACKAGES)
	rm -rf .build-package
	$(MAKE) --no-print-directory install PREFIX=/usr DESTDIR="$(CURDIR)/.build-package/root"
	./scripts/package.sh .build-package/root dist

clean:
	rm -rf .build .build-* .build_*
