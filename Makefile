# MentorCoach: build, run, test and benchmark the coach.
# `make run` and `make test` work on a fresh machine: they install the Debian packages they
# need (BUILD_PACKAGES to build, TEST_PACKAGES as well to test) when they are missing.

SWIFT ?= swift
PREFIX ?= /usr/local
IMPORT_CHECK := --explicit-target-dependency-import-check error
BIN_DIR = $(shell $(SWIFT) build --show-bin-path)
RELEASE_BIN_DIR = $(shell $(SWIFT) build -c release --show-bin-path)
SOURCES := Package.swift Sources Tests Benchmarks
BUILD_PACKAGES := pkg-config libedit-dev libpq-dev libstemmer-dev
TEST_PACKAGES := $(BUILD_PACKAGES) less postgresql

.PHONY: run test lint format bench install clean deps test-deps build release

deps:
	@./scripts/ensure-packages.sh $(BUILD_PACKAGES)

test-deps:
	@./scripts/ensure-packages.sh $(TEST_PACKAGES)

build: deps
	$(SWIFT) build $(IMPORT_CHECK)

release: deps
	$(SWIFT) build -c release --product mentor-coach

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

bench: test-deps
	./scripts/bench.sh

install: release
	install -d "$(PREFIX)/bin" "$(PREFIX)/share/mentor-coach"
	install -m 0755 "$(RELEASE_BIN_DIR)/mentor-coach" "$(PREFIX)/bin/mentor-coach"
	cp -R Prompts Scenarios schema "$(PREFIX)/share/mentor-coach/"

clean:
	rm -rf .build .build-* .build_*
